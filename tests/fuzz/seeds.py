#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds the seed corpora of the libFuzzer targets from what tests/ already holds.

    seeds.py TESTS_DIR OUT_DIR

Nothing is copied into the source tree: the corpora are written under OUT_DIR (the build tree),
one directory per target, from
  - tests/data/vici/vici-capture.txt        fuzz_vici: every `hex:` frame, and all of them as one stream
  - tests/data/neutron-fixtures/*.json      fuzz_codec: selector byte + each response/request body
                                            fuzz_sandbox: the whole recorded session, and each request
  - tests/data/strongswan/*/input.json      fuzz_renderers: each golden case's resources
  - tests/unit/tst_cloudconfigloader.cpp    fuzz_cloudconfig: its clouds.yaml texts (raw strings)
"""
import hashlib
import json
import pathlib
import re
import sys

# fuzz_codec.cpp's decoder order: (single, list, request) per VPN resource, then the others.
VPN = ["ikepolicies", "ipsecpolicies", "vpnservices", "endpoint-groups", "ipsec-site-connections"]
CORE = ["routers", "networks", "subnets"]
SELECTOR_ERROR = 21
SELECTOR_EXTENSION, SELECTOR_EXTENSIONS, SELECTOR_VERSIONS, SELECTOR_RESOURCES = 22, 23, 24, 25
SELECTOR_INTERFACE, SELECTOR_PORTS = 26, 27

UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def write(directory: pathlib.Path, data: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def collection_selectors(path: str):
    """(single, list, request) selectors for the collection a path names, or None."""
    parts = [p for p in path.split("?")[0].split("/") if p]
    for i, name in enumerate(VPN):
        if name in parts:
            return 3 * i, 3 * i + 1, 3 * i + 2
    for i, name in enumerate(CORE):
        if name in parts:
            return 15 + 2 * i, 16 + 2 * i, None
    return None


def codec_seeds(fixtures, out: pathlib.Path) -> None:
    for fixture in fixtures:
        request, status, body = fixture["request"], fixture["status"], fixture.get("body")
        path = request["path"]
        selectors = collection_selectors(path)
        if body is not None:
            data = json.dumps(body).encode()
            chosen = []
            if status >= 400:
                chosen.append(SELECTOR_ERROR)
            elif "extensions/" in path:
                chosen.append(SELECTOR_EXTENSION)
            elif path.endswith("/extensions"):
                chosen.append(SELECTOR_EXTENSIONS)
            elif path == "/":
                chosen.append(SELECTOR_VERSIONS)
            elif path.rstrip("/") == "/v2.0":
                chosen.append(SELECTOR_RESOURCES)
            elif "router_interface" in path:
                chosen.append(SELECTOR_INTERFACE)
            elif "/ports" in path:
                chosen.append(SELECTOR_PORTS)
            elif selectors:
                chosen.extend(selectors[:2])
            for selector in chosen:
                write(out, bytes([selector]) + data)
        if request.get("body") is not None and selectors and selectors[2] is not None:
            write(out, bytes([selectors[2]]) + json.dumps(request["body"]).encode())


def sandbox_record(request, ids) -> bytes:
    def placeholder(match):
        uuid = match.group(0)
        return b"{%d}" % ids.index(uuid) if uuid in ids else uuid

    line = request["method"].encode() + b" " + UUID.sub(placeholder, request["path"].encode())
    body = b"" if request.get("body") is None else UUID.sub(placeholder, json.dumps(request["body"]).encode())
    return line + b"\n" + body


def sandbox_seeds(fixtures, out: pathlib.Path) -> None:
    ids = []  # in creation order, as fuzz_sandbox.cpp numbers them
    records = []
    for fixture in fixtures:
        record = sandbox_record(fixture["request"], ids)
        records.append(record)
        write(out, record)
        body = fixture.get("body")
        if fixture["request"]["method"] == "POST" and fixture["status"] == 201 and isinstance(body, dict) and len(body) == 1:
            value = next(iter(body.values()))
            if isinstance(value, dict) and "id" in value:
                ids.append(value["id"].encode())
    # The whole session, in chunks the target reads whole (it stops after 24 requests).
    for start in range(0, len(records), 24):
        write(out, b"\n%%\n".join(records[start:start + 24]))


def vici_seeds(capture: pathlib.Path, out: pathlib.Path) -> None:
    frames = [bytes.fromhex(line.split(":", 1)[1].strip())
              for line in capture.read_text().splitlines() if line.startswith("hex:")]
    for frame in frames:
        write(out, frame)
        write(out, frame[4:])  # the bare packet body, for decodeMessage
    write(out, b"".join(frames))


def cloudconfig_seeds(test_source: pathlib.Path, out: pathlib.Path) -> None:
    text = test_source.read_text()
    for match in re.finditer(r'R"\((.*?)\)"', text, re.S):
        write(out, match.group(1).encode())
    for match in re.finditer(r'QByteArray\("((?:[^"\\]|\\.)*)"\)', text):
        write(out, match.group(1).encode().decode("unicode_escape").encode())
    write(out, b"a: &a [x, x]\nb: &b [*a, *a]\nclouds:\n  c:\n    auth_type: none\n    auth: {endpoint: *b}\n")


def renderer_seeds(strongswan: pathlib.Path, out: pathlib.Path) -> None:
    for case in sorted(strongswan.glob("*/input.json")):
        write(out, case.read_bytes())


def main() -> int:
    tests, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    data = tests / "data"
    fixture_files = sorted((data / "neutron-fixtures").glob("*.json"), key=lambda p: int(p.name.split("_")[0]))
    fixtures = [json.loads(p.read_text()) for p in fixture_files]
    codec_seeds(fixtures, out / "fuzz_codec")
    sandbox_seeds(fixtures, out / "fuzz_sandbox")
    vici_seeds(data / "vici" / "vici-capture.txt", out / "fuzz_vici")
    cloudconfig_seeds(tests / "unit" / "tst_cloudconfigloader.cpp", out / "fuzz_cloudconfig")
    renderer_seeds(data / "strongswan", out / "fuzz_renderers")
    (out / "stamp").write_text("")
    return 0


if __name__ == "__main__":
    sys.exit(main())
