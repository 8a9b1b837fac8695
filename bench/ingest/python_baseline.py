#!/usr/bin/env python3
"""Baseline for bench/ingest: what our Python peers do with each MQTT report.

json.loads() of the payload, then a recursive dict merge into the cached tree (objects key by
key, lists of objects with an "id" merged element by element, a full report (msg 0) replacing
the tree) -- the shape of Bambuddy's and ha-bambulab's report handling.

Usage: python_baseline.py --full FILE [--full FILE ...] (--stream FILE | --deltas FILE) --rounds N
--deltas takes one compact message per line, exactly the bytes the C++ side reads
(bench/ingest/run.sh writes that file with --write-deltas).
Prints one JSON object: {"full": {name: median_us}, "delta": median_us_per_message}.
"""
import argparse
import json
import statistics
import time


def merge(dst, src):
    for key, value in src.items():
        current = dst.get(key)
        if isinstance(value, dict) and isinstance(current, dict):
            merge(current, value)
        elif isinstance(value, list) and isinstance(current, list) and value and all(
                isinstance(v, dict) and "id" in v for v in value):
            by_id = {item.get("id"): item for item in current if isinstance(item, dict)}
            for item in value:
                existing = by_id.get(item["id"])
                if existing is None:
                    current.append(item)
                else:
                    merge(existing, item)
        else:
            dst[key] = value


def ingest(tree, raw):
    message = json.loads(raw)
    report = message.get("print")
    if isinstance(report, dict):
        if report.get("msg") == 0:
            tree.clear()
        merge(tree, report)
    return tree


def time_full(raw, rounds):
    samples = []
    for round_index in range(rounds + rounds // 10 + 3):
        tree = {}
        start = time.perf_counter_ns()
        ingest(tree, raw)
        if round_index < rounds // 10 + 3:  # warm-up
            continue
        samples.append((time.perf_counter_ns() - start) / 1000.0)
    return statistics.median(samples)


def time_stream(lines, rounds):
    samples = []
    for round_index in range(rounds + rounds // 10 + 3):
        tree = {}
        start = time.perf_counter_ns()
        for raw in lines:
            ingest(tree, raw)
        if round_index < rounds // 10 + 3:  # warm-up
            continue
        samples.append((time.perf_counter_ns() - start) / 1000.0 / len(lines))
    return statistics.median(samples)


def compact_deltas(stream):
    """The stream's payloads as compact JSON lines, deltas only (full reports, msg 0, are
    measured separately)."""
    lines = []
    with open(stream, "rb") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            payload = json.loads(line).get("payload")
            lines.append(json.dumps(payload, separators=(",", ":")).encode())
    return [raw for raw in lines if b'"msg":0' not in raw]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="append", default=[])
    parser.add_argument("--stream")
    parser.add_argument("--deltas")
    parser.add_argument("--write-deltas", nargs=2, metavar=("STREAM", "OUT"))
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    if args.write_deltas:
        stream, out = args.write_deltas
        with open(out, "wb") as handle:
            for raw in compact_deltas(stream):
                handle.write(raw + b"\n")
        return
    result = {"python": "%d.%d.%d" % __import__("sys").version_info[:3], "full": {}, "delta": None}
    for path in args.full:
        with open(path, "rb") as handle:
            raw = handle.read()
        result["full"][path.rsplit("/", 1)[-1]] = time_full(raw, args.rounds)
    deltas = None
    if args.stream:
        deltas = compact_deltas(args.stream)
    elif args.deltas:
        with open(args.deltas, "rb") as handle:
            deltas = [line.rstrip(b"\n") for line in handle if line.strip()]
    if deltas is not None:
        result["delta"] = time_stream(deltas, max(1, args.rounds // 10))
        result["delta_messages"] = len(deltas)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
