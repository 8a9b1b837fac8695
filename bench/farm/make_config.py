#!/usr/bin/env python3
"""Writes a Spoolbridge settings file (INI, docs/settings.md) for the simulated farm.

    make_config.py --farm FARM_JSON --spoolman URL --count N --config FILE --env FILE

FARM_JSON is the JSON of the `FARM {…}` line of spoolbridge-bench-farm-printers (port,
fingerprint, accessCode, serialPrefix). Every printer is a LAN printer on 127.0.0.1 with the
broker's certificate pinned by fingerprint (the trust-on-first-use path: one broker certificate
cannot name N serials). Secrets come from the environment (secrets/backend = env): FILE gets one
`SPOOLBRIDGE_ACCESS_CODE_<SERIAL>=<code>` line per printer, for `env $(cat FILE) …`.
"""
import argparse
import json
import uuid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--farm", required=True)
    parser.add_argument("--spoolman", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--env", required=True)
    args = parser.parse_args()
    farm = json.loads(args.farm)
    lines = ["[spoolman]", "url=%s" % args.spoolman, "", "[secrets]", "backend=env", "", "[printers]"]
    env = []
    for index in range(args.count):
        serial = "%s%06d" % (farm["serialPrefix"], index)
        entry = {
            # A stable id per index, so runs with the same N reuse the same data directory rows.
            "id": str(uuid.uuid5(uuid.NAMESPACE_DNS, "farm-%d.spoolbridge.invalid" % index)),
            "name": "Farm %03d" % (index + 1),
            "mode": "lan",
            "host": "127.0.0.1",
            "port": farm["port"],
            "serial": serial,
            "model": "X1C",
            "pinned_fingerprint": farm["fingerprint"],
            "enabled": "true",
        }
        for key, value in entry.items():
            lines.append("%d\\%s=%s" % (index + 1, key, value))
        env.append("SPOOLBRIDGE_ACCESS_CODE_%s=%s" % (serial, farm["accessCode"]))
    lines.append("size=%d" % args.count)
    with open(args.config, "w") as out:
        out.write("\n".join(lines) + "\n")
    with open(args.env, "w") as out:
        out.write("\n".join(env) + "\n")


if __name__ == "__main__":
    main()
