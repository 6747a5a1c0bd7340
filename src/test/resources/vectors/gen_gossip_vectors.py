# Independent generator for gossip vectors (not the Java encoder), so the two cross-check each other.
import struct, ipaddress
def hb(type_, nid, inc, seq, ts, interval, meta, flags=1):
    nid = nid.encode()
    b = b"PG" + bytes([1, type_, flags]) + struct.pack(">QQqI", inc, seq, ts, interval)
    b += bytes([len(nid)]) + nid + bytes([len(meta)])
    for k, v in sorted(meta.items()):
        k, v = k.encode(), v.encode()
        b += bytes([len(k)]) + k + bytes([len(v)]) + v
    return b
ST = {"ALIVE": 0, "SUSPECT": 1, "DEAD": 2, "LEFT": 3}
def entry(status, nid, inc, ctr, addr=None, port=None, kind=None, raw_status=None, id_bytes=None):
    s = ST[status] if raw_status is None else raw_status
    b = bytes([s]) + struct.pack(">QQ", inc, ctr)
    if addr is None:
        b += bytes([0 if kind is None else kind])
    else:
        ip = ipaddress.ip_address(addr)
        k = 4 if ip.version == 4 else 6
        b += bytes([k if kind is None else kind]) + ip.packed + struct.pack(">H", port)
    nidb = nid.encode() if id_bytes is None else id_bytes
    return b + bytes([len(nidb)]) + nidb
def section(entries, count=None):
    return struct.pack(">H", len(entries) if count is None else count) + b"".join(entries)
def hx(b):
    return " ".join("%02x" % x for x in b)

valid = []
valid.append(("gossip-no-entries", hb(1, "a", 1, 1, 0, 1000, {}) + section([]),
              "HEARTBEAT id=a inc=1 seq=1 ts=0 interval=1000 meta={} entries=[]"))
valid.append(("gossip-two-entries",
              hb(1, "web-1", 1700000000000, 42, 1700000000123, 1000, {"zone": "eu-1"})
              + section([entry("ALIVE", "web-2", 1700000000500, 40, "10.0.0.2", 7946),
                         entry("SUSPECT", "db-1", 7, 3)]),
              "HEARTBEAT id=web-1 inc=1700000000000 seq=42 ts=1700000000123 interval=1000 meta={zone=eu-1} "
              "entries=[ALIVE web-2 inc=1700000000500 ctr=40 addr=10.0.0.2:7946, SUSPECT db-1 inc=7 ctr=3 addr=-]"))
valid.append(("gossip-ipv6-left-dead",
              hb(1, "n1", 3, 9, -1, 500, {}) + section([entry("LEFT", "n2", 2, 77, "2001:db8::1", 9798),
                                                        entry("DEAD", "nœud-3", 0, 0)]),
              "HEARTBEAT id=n1 inc=3 seq=9 ts=-1 interval=500 meta={} "
              "entries=[LEFT n2 inc=2 ctr=77 addr=[2001:db8:0:0:0:0:0:1]:9798, DEAD nœud-3 inc=0 ctr=0 addr=-]"))
valid.append(("gossip-leave-header",
              hb(2, "web-9", 5, 100, 0, 1000, {"role": "web"}) + section([entry("ALIVE", "web-1", 1, 1, "127.0.0.1", 9798)]),
              "LEAVE id=web-9 inc=5 seq=100 ts=0 interval=1000 meta={role=web} "
              "entries=[ALIVE web-1 inc=1 ctr=1 addr=127.0.0.1:9798]"))

# Entry metadata (flag bit 2): version 1, count, then per record entry index (u16), pair count, pairs.
def meta_section(records, version=1, count=None):
    b = bytes([version, len(records) if count is None else count])
    for index, meta in records:
        b += struct.pack(">H", index) + bytes([len(meta)])
        for k, v in sorted(meta.items()):
            k, v = k.encode(), v.encode()
            b += bytes([len(k)]) + k + bytes([len(v)]) + v
    return b
M = hb(1, "a", 1, 1, 0, 1000, {}, flags=5)
TWO_E = section([entry("ALIVE", "web-2", 5, 40, "10.0.0.2", 7946), entry("ALIVE", "db-1", 7, 3)])
valid.append(("gossip-entry-metadata",
              M + TWO_E + meta_section([(1, {"cluster": "prod", "role": "db", "zone": "eu-1"})]),
              "HEARTBEAT id=a inc=1 seq=1 ts=0 interval=1000 meta={} entries=[ALIVE web-2 inc=5 ctr=40 addr=10.0.0.2:7946, "
              "ALIVE db-1 inc=7 ctr=3 addr=- meta={cluster=prod, role=db, zone=eu-1}]"))

H = hb(1, "a", 1, 1, 0, 1000, {})
invalid = [
    ("gossip-meta-version-2", M + TWO_E + meta_section([(0, {"k": "v"})], version=2), "UNSUPPORTED_SECTION"),
    ("gossip-meta-index-past-entries", M + TWO_E + meta_section([(2, {"k": "v"})]), "BAD_GOSSIP_ENTRY"),
    ("gossip-meta-index-repeated", M + TWO_E + meta_section([(0, {"k": "v"}), (0, {"k": "w"})]), "BAD_GOSSIP_ENTRY"),
    ("gossip-meta-empty-section", M + TWO_E + meta_section([]), "BAD_METADATA"),
    ("gossip-meta-flag-without-section", M + TWO_E, "TRUNCATED"),
    ("gossip-meta-cut-short", (M + TWO_E + meta_section([(0, {"role": "web"})]))[:-2], "TRUNCATED"),
    ("gossip-meta-trailing-bytes", M + TWO_E + meta_section([(0, {"k": "v"})]) + b"\x00", "TRAILING_BYTES"),
    ("gossip-meta-duplicate-key", M + TWO_E + bytes([1, 1, 0, 0, 2, 1]) + b"k" + bytes([1]) + b"v" + bytes([1]) + b"k" + bytes([1]) + b"w", "BAD_METADATA"),
    ("gossip-bad-status", H + section([entry("ALIVE", "b", 1, 1, raw_status=9)]), "BAD_GOSSIP_ENTRY"),
    ("gossip-bad-address-kind", H + section([entry("ALIVE", "b", 1, 1, kind=5)]), "BAD_GOSSIP_ENTRY"),
    ("gossip-port-zero", H + section([entry("ALIVE", "b", 1, 1, "10.0.0.2", 0)]), "BAD_GOSSIP_ENTRY"),
    ("gossip-repeated-id", H + section([entry("ALIVE", "b", 1, 1), entry("ALIVE", "b", 1, 2)]), "BAD_GOSSIP_ENTRY"),
    ("gossip-entry-is-sender", H + section([entry("SUSPECT", "a", 1, 1)]), "BAD_GOSSIP_ENTRY"),
    ("gossip-no-entry-count", H, "TRUNCATED"),
    ("gossip-count-past-end", H + section([entry("ALIVE", "b", 1, 1)], count=2), "TRUNCATED"),
    ("gossip-entry-cut-short", H + section([entry("ALIVE", "b", 1, 1)])[:-3], "TRUNCATED"),
    ("gossip-entry-id-empty", H + section([entry("ALIVE", "b", 1, 1, id_bytes=b"")]) + b"x", "BAD_NODE_ID"),
    ("gossip-entry-id-control", H + section([entry("ALIVE", "b", 1, 1, id_bytes=b"b\x07")]), "BAD_NODE_ID"),
    ("gossip-counter-top-bit", H + section([entry("ALIVE", "b", 1, 1 << 63)]), "OUT_OF_RANGE"),
    ("gossip-trailing-bytes", H + section([entry("ALIVE", "b", 1, 1)]) + b"\x00", "TRAILING_BYTES"),
    ("gossip-with-auth-flag", hb(1, "a", 1, 1, 0, 1000, {}, flags=3) + section([]), "TRUNCATED"),
    ("gossip-undefined-flag", hb(1, "a", 1, 1, 0, 1000, {}, flags=9) + section([]), "BAD_FLAGS"),
    ("gossip-header-bad-id", hb(1, "a", 1, 1, 0, 1000, {}).replace(b"\x01a\x00", b"\x01\x01\x00") + section([]), "BAD_NODE_ID"),
]
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
with open("gossip-valid.txt", "w") as f:
    f.write("# Gossip datagrams (docs/PROTOCOL.md, \"Gossip entries\"), one per line: name | hex | decoded.\n")
    f.write("# Decoded form: the sender heartbeat as in valid.txt, then entries=[STATUS id inc=.. ctr=.. addr=.., ...].\n")
    f.write("# Generated by an independent Python script, not the Java encoder; the encoder must reproduce the bytes.\n")
    for n, b, e in valid:
        f.write("%s | %s | %s\n" % (n, hx(b), e))
with open("gossip-invalid.txt", "w") as f:
    f.write("# Malformed gossip datagrams: name | hex | DecodeError reason.\n")
    for n, b, e in invalid:
        f.write("%s | %s | %s\n" % (n, hx(b), e))

# Signed gossip (flag bits 0 and 1): the trailer of docs/PROTOCOL.md "Authentication" after the last
# entry, keys from auth-keyring.txt. Checked with that keyring, once accepting unsigned, once requiring auth.
import hmac, hashlib, base64
K1 = bytes(range(32))
K2 = base64.b64decode("cHVsc2VncmlkLXRlc3Qtc2VjcmV0LXR3byE=")
OTHER = b"not-the-secret-anyone-holds-000!"
def sign(msg, key_id, secret):
    b = bytearray(msg); b[4] |= 0x02
    kid = key_id.encode("ascii")
    b += kid + bytes([len(kid)])
    return bytes(b) + hmac.new(secret, bytes(b), hashlib.sha256).digest()
two = valid[1][1]; TWO = valid[1][2]
flipped = bytearray(sign(two, "k1", K1)); flipped[60] ^= 0x01
both = [
    ("gossip-signed-k1", sign(two, "k1", K1), TWO, TWO),
    ("gossip-signed-rotated-2", sign(two, "rotated-2", K2), TWO, TWO),
    ("gossip-leave-signed-k1", sign(valid[3][1], "k1", K1), valid[3][2], valid[3][2]),
    ("gossip-wrong-secret", sign(two, "k1", OTHER), "BAD_SIGNATURE", "BAD_SIGNATURE"),
    ("gossip-unknown-key", sign(two, "k9", OTHER), "UNKNOWN_KEY", "UNKNOWN_KEY"),
    ("gossip-entry-altered-after-signing", bytes(flipped), "BAD_SIGNATURE", "BAD_SIGNATURE"),
    ("gossip-signed-trailing-bytes-inside", sign(two + b"\x00", "k1", K1), "TRAILING_BYTES", "TRAILING_BYTES"),
    ("gossip-unsigned", two, TWO, "UNSIGNED"),
]
with open("gossip-auth.txt", "w") as f:
    f.write("# Signed gossip (docs/PROTOCOL.md, \"Gossip entries\" and \"Authentication\"), keyring auth-keyring.txt.\n")
    f.write("# name | hex | decoded (or reason) when unsigned is accepted | decoded (or reason) under --require-auth\n")
    for n, b, ok, req in both:
        f.write("%s | %s | %s || %s\n" % (n, hx(b), ok, req))
for n, b, e in valid:
    print(n, len(b))
