#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target from the project's fixtures (tools/fuzz.sh).

ingest:    every tests/fixtures/bambu-reports/*.json, every line of the *.jsonl streams and the
           first 30 lines of each stream as one multi-message input.
spoolman:  the recorded Spoolman bodies of tests/spoolman/recordedbodies.h, each prefixed by
           the two selector bytes of fuzz_spoolman (HTTP 200, application/json), plus an HTML
           error page and a 422 detail body.
sliceinfo: the sample slice_info.config of tests/sync/threemfbuilder.cpp as XML and inside a
           3MF-shaped zip.
"""
import hashlib
import io
import pathlib
import re
import sys
import zipfile


def write(corpus, data):
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    (corpus / name).write_bytes(data)


def ingest(root, corpus):
    fixtures = root / "tests/fixtures/bambu-reports"
    for path in sorted(fixtures.glob("*.json")):
        write(corpus, path.read_bytes())
    for path in sorted(fixtures.glob("*.jsonl")):
        lines = [line for line in path.read_bytes().splitlines() if line.strip()]
        for line in lines:
            write(corpus, line)
        write(corpus, b"\n".join(lines[:30]))


def cxx_raw_strings(text):
    """name -> concatenated R"(...)" pieces of each `const char *name = ...;` declaration."""
    result = {}
    for match in re.finditer(r"const char \*(\w+)\s*=(.*?);\n", text, re.S):
        pieces = re.findall(r'R"\((.*?)\)"', match.group(2), re.S)
        if pieces:
            result[match.group(1)] = "".join(pieces).encode()
    return result


def spoolman(root, corpus):
    bodies = cxx_raw_strings((root / "tests/spoolman/recordedbodies.h").read_text())
    if not bodies:
        sys.exit("no recorded bodies found in tests/spoolman/recordedbodies.h")
    for body in bodies.values():
        write(corpus, b"\x00\x00" + body)
        write(corpus, b"\x06\x00" + body)  # the same body with HTTP 422
    write(corpus, b"\x07\x01<html><body><h1>502 Bad Gateway</h1></body></html>")
    write(corpus, b'\x06\x00{"detail":[{"loc":["body","filament_id"],"msg":"Field required"}]}')


def sliceinfo(root, corpus):
    source = (root / "tests/sync/threemfbuilder.cpp").read_text()
    match = re.search(r'sampleSliceInfo\(\)\s*\{\s*return QByteArrayLiteral\(R"\((.*?)\)"\);', source, re.S)
    if not match:
        sys.exit("no sample slice_info.config found in tests/sync/threemfbuilder.cpp")
    xml = match.group(1).encode()
    write(corpus, xml)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("Metadata/slice_info.config", xml)
        archive.writestr("Metadata/plate_1.gcode", "; gcode\nG28\n")
    write(corpus, buffer.getvalue())


def main():
    target, root, corpus = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    corpus.mkdir(parents=True, exist_ok=True)
    {"ingest": ingest, "spoolman": spoolman, "sliceinfo": sliceinfo}[target](root, corpus)


if __name__ == "__main__":
    main()
