"""Writes valid.txt and invalid.txt (protocol v1 vectors, docs/PROTOCOL.md) from an implementation
of the binary layout independent of the Java code. Run from this directory: python3 gen_vectors.py"""
import struct
def binmsg(t=1, flags=0, inc=0, seq=0, ts=0, interval=0, nid=b"x", meta=(), ver=1, magic=b"PG", idlen=None, count=None, raw_meta=None, tail=b""):
    b = magic + bytes([ver, t, flags]) + struct.pack(">QQqI", inc, seq, ts, interval)
    b += bytes([len(nid) if idlen is None else idlen]) + nid
    if raw_meta is not None:
        b += raw_meta
    else:
        b += bytes([len(meta) if count is None else count])
        for k, v in meta:
            b += bytes([len(k)]) + k + bytes([len(v)]) + v
    return b + tail
def hx(b):
    h = b.hex()
    return " ".join(h[i:i+2] for i in range(0, len(h), 2)) if len(b) else "-"
valid = [
 ("bin-minimal", binmsg(), "HEARTBEAT id=x inc=0 seq=0 ts=0 interval=0 meta={}"),
 ("bin-full", binmsg(inc=3, seq=42, ts=1700000000000, interval=1000, nid=b"web-001",
     meta=[(b"cluster", b"prod"), (b"role", b"web"), (b"zone", b"eu-1")]),
     "HEARTBEAT id=web-001 inc=3 seq=42 ts=1700000000000 interval=1000 meta={cluster=prod, role=web, zone=eu-1}"),
 ("bin-leave", binmsg(t=2, inc=7, seq=1234, ts=1700000012345, interval=500, nid=b"db-017"),
     "LEAVE id=db-017 inc=7 seq=1234 ts=1700000012345 interval=500 meta={}"),
 ("bin-utf8-empty-value", binmsg(inc=1, seq=1, ts=-1, interval=2000, nid="nœud-é".encode(), meta=[(b"note", b"")]),
     "HEARTBEAT id=nœud-é inc=1 seq=1 ts=-1 interval=2000 meta={note=}"),
 ("json-bash-echo", b'{"id":"db-7"}\n', "HEARTBEAT id=db-7 inc=0 seq=0 ts=0 interval=0 meta={}"),
 ("json-full", b'{"id":"web-001","type":"heartbeat","inc":3,"seq":42,"ts":1700000000000,"interval":1000,"meta":{"cluster":"prod","role":"web","zone":"eu-1"}}',
     "HEARTBEAT id=web-001 inc=3 seq=42 ts=1700000000000 interval=1000 meta={cluster=prod, role=web, zone=eu-1}"),
 ("json-leave-spaced", b' \r\n{ "type" : "leave", "id" : "db-017", "seq" : 1234 }\r\n',
     "LEAVE id=db-017 inc=0 seq=1234 ts=0 interval=0 meta={}"),
 ("json-unknown-repeated", b'{"id":"api-2","x":1,"x":[2]}', "HEARTBEAT id=api-2 inc=0 seq=0 ts=0 interval=0 meta={}"),
 ("json-unknown-and-null", b'{"v":2,"extra":{"a":[1,{"b":null}]},"id":"cache-3","inc":null,"meta":{}}',
     "HEARTBEAT id=cache-3 inc=0 seq=0 ts=0 interval=0 meta={}"),
]
ok = binmsg(nid=b"n1")
invalid = [
 ("empty", b"", "TOO_SHORT"),
 ("one-byte", b"P", "TOO_SHORT"),
 ("bad-magic", b"PX" + ok[2:], "BAD_MAGIC"),
 ("text-not-json", b"hello\n", "BAD_MAGIC"),
 ("version-2", binmsg(ver=2), "UNKNOWN_VERSION"),
 ("version-0-short", b"PG\x00", "UNKNOWN_VERSION"),
 ("header-only-10-bytes", ok[:10], "TOO_SHORT"),
 ("type-0", binmsg(t=0), "UNKNOWN_TYPE"),
 ("type-3", binmsg(t=3), "UNKNOWN_TYPE"),
 ("flag-bit2-undefined", binmsg(flags=0x04), "BAD_FLAGS"),
 ("flag-bit7-undefined", binmsg(flags=0x81), "BAD_FLAGS"),
 ("flag-gossip-reserved", binmsg(flags=0x01), "UNSUPPORTED_SECTION"),
 ("flag-auth-without-trailer", binmsg(flags=0x02), "TRUNCATED"),
 ("incarnation-top-bit", binmsg(inc=1 << 63), "OUT_OF_RANGE"),
 ("sequence-top-bit", binmsg(seq=(1 << 64) - 1), "OUT_OF_RANGE"),
 ("interval-top-bit", binmsg(interval=0x80000000), "OUT_OF_RANGE"),
 ("node-id-empty", binmsg(nid=b"", tail=b"\x00"), "BAD_NODE_ID"),
 ("node-id-past-end", binmsg(nid=b"abc", idlen=200), "TRUNCATED"),
 ("node-id-control-char", binmsg(nid=b"a\nb"), "BAD_NODE_ID"),
 ("node-id-bad-utf8", binmsg(nid=b"\xc3\x28"), "BAD_NODE_ID"),
 ("node-id-c1-control", binmsg(nid=b"a\xc2\x85"), "BAD_NODE_ID"),
 ("no-meta-count", binmsg(nid=b"ab")[:-1], "TRUNCATED"),
 ("meta-count-33", binmsg(count=33), "BAD_METADATA"),
 ("meta-count-past-end", binmsg(count=1), "TRUNCATED"),
 ("meta-key-empty", binmsg(meta=[(b"", b"v")]), "BAD_METADATA"),
 ("meta-key-65-bytes", binmsg(meta=[(b"k" * 65, b"v")]), "BAD_METADATA"),
 ("meta-key-control", binmsg(meta=[(b"k\x01", b"v")]), "BAD_METADATA"),
 ("meta-duplicate-key", binmsg(meta=[(b"zone", b"a"), (b"zone", b"b")]), "BAD_METADATA"),
 ("meta-value-past-end", binmsg(meta=[(b"zone", b"eu-1")])[:-2], "TRUNCATED"),
 ("trailing-bytes", binmsg(tail=b"\x00\x00"), "TRAILING_BYTES"),
 ("json-empty-object", b"{}", "MISSING_ID"),
 ("json-null-id", b'{"id":null}', "MISSING_ID"),
 ("json-empty-id", b'{"id":""}', "BAD_NODE_ID"),
 ("json-number-id", b'{"id":5}', "BAD_NODE_ID"),
 ("json-control-in-id", b'{"id":"a\\u0007b"}', "BAD_NODE_ID"),
 ("json-lone-surrogate-id", b'{"id":"\\ud800"}', "BAD_NODE_ID"),
 ("json-unclosed", b'{"id":"x"', "BAD_JSON"),
 ("json-two-objects", b'{"id":"x"}{"id":"y"}', "BAD_JSON"),
 ("json-trailing-text", b'{"id":"x"} ok', "BAD_JSON"),
 ("json-duplicate-field", b'{"id":"x","id":"y"}', "BAD_JSON"),
 ("json-duplicate-meta-key", b'{"id":"x","meta":{"zone":"a","zone":"b"}}', "BAD_METADATA"),
 ("json-duplicate-null-id", b'{"id":null,"id":"y"}', "BAD_JSON"),
 ("json-utf16-guess", b'{\x00"\x00', "BAD_JSON"),
 ("json-too-deep", b'{"id":"x","u":' + b"[" * 20 + b"]" * 20 + b"}", "BAD_JSON"),
 ("json-unknown-type", b'{"id":"x","type":"join"}', "UNKNOWN_TYPE"),
 ("json-type-number", b'{"id":"x","type":1}', "BAD_FIELD"),
 ("json-seq-string", b'{"id":"x","seq":"7"}', "BAD_FIELD"),
 ("json-inc-fraction", b'{"id":"x","inc":1.5}', "BAD_FIELD"),
 ("json-inc-negative", b'{"id":"x","inc":-1}', "OUT_OF_RANGE"),
 ("json-seq-huge", b'{"id":"x","seq":99999999999999999999}', "OUT_OF_RANGE"),
 ("json-interval-over-i32", b'{"id":"x","interval":3000000000}', "OUT_OF_RANGE"),
 ("json-meta-number-value", b'{"id":"x","meta":{"rack":1}}', "BAD_METADATA"),
 ("json-meta-array", b'{"id":"x","meta":[]}', "BAD_METADATA"),
 ("json-meta-empty-key", b'{"id":"x","meta":{"":"v"}}', "BAD_METADATA"),
]
with open("valid.txt", "w") as f:
    f.write("""# Protocol v1 valid datagrams (docs/PROTOCOL.md). Format, one per line:
#   name | hex bytes (spaces ignored) | decoded heartbeat
# The decoded form is TYPE id=.. inc=.. seq=.. ts=.. interval=.. meta={k=v, ...} with keys sorted.
# Binary vectors must also be exactly what BinaryHeartbeatEncoder produces for that heartbeat.
# Generated by gen_vectors.py (not the Java encoder) so the two cross-check each other.
""")
    for n, b, e in valid:
        f.write(f"{n} | {hx(b)} | {e}\n")
with open("invalid.txt", "w") as f:
    f.write("""# Protocol v1 datagrams a decoder must refuse. Format, one per line:
#   name | hex bytes (spaces ignored; "-" for an empty datagram) | DecodeError reason
# Generated by gen_vectors.py.
""")
    for n, b, e in invalid:
        f.write(f"{n} | {hx(b)} | {e}\n")
