#!/usr/bin/env python3
"""Puts a farm's RFID spools into a Spoolman (the stand-in or a real one) through its REST API.

    seed_spoolman.py BASE_URL SPOOLS_JSON

SPOOLS_JSON is what `spoolbridge-bench-farm-printers --spools-out` writes: one object per RFID
spool ({"serial", "tag", "material", "color"}). Creates the vendor "Bambu Lab" (or reuses it), one
filament per material and colour, and one spool per tag with the tag in the `tag` extra field
(registered if missing), so the daemon meets a farm in its steady state: every spool it sees is
already known to Spoolman. Prints one summary line.
"""
import http.client
import json
import sys
import urllib.parse


class Api:
    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
        self.prefix = url.path.rstrip("/") + "/api/v1"

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data else {}
        self.conn.request(method, self.prefix + path, body=data, headers=headers)
        reply = self.conn.getresponse()
        payload = reply.read()
        if reply.status >= 300:
            sys.exit("%s %s: HTTP %d %s" % (method, path, reply.status, payload[:300]))
        return json.loads(payload) if payload else None


def main():
    base, spools_file = sys.argv[1], sys.argv[2]
    spools = json.load(open(spools_file))
    api = Api(base)
    fields = {field["key"] for field in api.call("GET", "/field/spool")}
    if "tag" not in fields:
        api.call("POST", "/field/spool/tag", {"name": "tag", "field_type": "text"})
    vendors = [v for v in api.call("GET", "/vendor") if v["name"] == "Bambu Lab"]
    vendor = vendors[0] if vendors else api.call("POST", "/vendor", {"name": "Bambu Lab"})
    filaments = {}
    for filament in api.call("GET", "/filament"):
        key = (filament.get("material"), (filament.get("color_hex") or "").upper())
        if filament.get("vendor") and filament["vendor"]["id"] == vendor["id"]:
            filaments.setdefault(key, filament["id"])
    created = 0
    for spool in spools:
        key = (spool["material"], spool["color"].upper())
        if key not in filaments:
            filaments[key] = api.call("POST", "/filament", {
                "name": "%s %s" % (spool["material"], spool["color"].upper()),
                "vendor_id": vendor["id"], "material": spool["material"], "color_hex": spool["color"].upper(),
                "density": 1.24, "diameter": 1.75, "weight": 1000})["id"]
        api.call("POST", "/spool", {"filament_id": filaments[key], "remaining_weight": 800,
                                    "extra": {"tag": json.dumps(spool["tag"].upper())}})
        created += 1
    print("seeded %d farm spools (%d filaments) into %s" % (created, len(filaments), base))


if __name__ == "__main__":
    main()
