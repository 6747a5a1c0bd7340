package dev.pulsegrid.protocol.ganglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.ganglia.GangliaDecodeException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GangliaDecoderTest {
    /** gmond's start time in the captures' heartbeat values (it ran once per capture). */
    private static final long GMOND_STARTED = 1_795_646_369L;

    private static GangliaMessage decode(byte[] p) throws GangliaDecodeException {
        return GangliaDecoder.decode(ByteBuffer.wrap(p));
    }

    @Test
    void everyCapturedDatagramDecodesWithTheHostNameFromThePacket() throws Exception {
        for (byte[] p : GangliaCaptures.spoofed()) {
            GangliaMessage m = decode(p);
            assertEquals("pg-gmond-host", m.host(), "IP:NAME spoof form reduced to the name");
            assertTrue(m.spoofed());
        }
        for (byte[] p : GangliaCaptures.plain()) {
            GangliaMessage m = decode(p);
            assertEquals("vm", m.host());
            assertFalse(m.spoofed());
        }
    }

    @Test
    void heartbeatMetadataCarriesTmax20AndValuesTheirTypes() throws Exception {
        List<byte[]> s = GangliaCaptures.spoofed();
        GangliaMessage meta = decode(s.get(36));
        assertEquals(GangliaMessage.Kind.METADATA, meta.kind());
        assertEquals("heartbeat", meta.metric());
        assertEquals(20, meta.tmax());
        GangliaMessage hb = decode(s.get(0));
        assertEquals(GangliaMessage.VALUE_UINT, hb.formatId());
        assertEquals(GMOND_STARTED, (long) hb.number());
        assertEquals("x86_64", decode(s.get(6)).text());
        assertEquals(2.0, decode(s.get(1)).number(), "cpu_num as ushort");
        assertEquals(270.553174016, decode(s.get(32)).number(), 1e-9, "disk_total as double");
    }

    @ParameterizedTest
    // two gmond runs: each has its own start time
    @CsvSource({"spoofed, 56, pg-gmond-host, 6, true, 1795646369", "plain, 36, vm, 2, false, 1795646411"})
    void onlyGmondsHeartbeatMetricBecomesAHeartbeat(String folder, int count, String host, int expected,
            boolean spoofed, long started) throws Exception {
        GangliaHeartbeats hbs = new GangliaHeartbeats();
        List<Heartbeat> out = new ArrayList<>();
        for (byte[] p : GangliaCaptures.all(folder, count)) {
            Heartbeat h = hbs.onMessage(decode(p), "127.0.0.1");
            if (h != null) {
                out.add(h);
            }
        }
        assertEquals(expected, out.size());
        for (Heartbeat h : out) {
            assertEquals(host, h.nodeId());
            assertEquals(started, h.incarnation(), "gmond start time as incarnation");
            assertEquals(20_000, h.intervalHintMillis(), "heartbeat tmax");
            assertEquals(spoofed ? "true" : null, h.meta().get(GangliaHeartbeats.META_SPOOFED));
        }
    }

    @Test
    void tmaxFromMetadataReplacesTheDefault() throws Exception {
        byte[] meta = GangliaCaptures.spoofed().get(36).clone();
        // tmax sits after id, host, name, spoof, type, name, units, slope: find 20 and make it 45
        ByteBuffer b = ByteBuffer.wrap(meta);
        int at = -1;
        for (int i = meta.length - 4; i >= 0 && at < 0; i -= 4) {
            if (b.getInt(i) == 20 && b.getInt(i - 4) == 4) { // slope 4 (both) then tmax 20
                at = i;
            }
        }
        b.putInt(at, 45);
        GangliaHeartbeats hbs = new GangliaHeartbeats();
        assertNull(hbs.onMessage(decode(meta), "x"));
        assertEquals(45_000, hbs.onMessage(decode(GangliaCaptures.spoofed().get(0)), "x").intervalHintMillis());
    }

    @Test
    void everyTruncationIsATruncatedError() {
        for (byte[] p : GangliaCaptures.spoofed()) {
            for (int n = 0; n < p.length; n++) {
                byte[] cut = Arrays.copyOf(p, n);
                assertEquals(Reason.TRUNCATED, assertThrows(GangliaDecodeException.class, () -> decode(cut)).reason());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "127", "137", "-1"})
    void idsOutsideGmond31AreUnknownFormat(int id) {
        byte[] p = GangliaCaptures.spoofed().get(0).clone();
        ByteBuffer.wrap(p).putInt(0, id);
        assertEquals(Reason.UNKNOWN_FORMAT, assertThrows(GangliaDecodeException.class, () -> decode(p)).reason());
    }

    @Test
    void aHugeStringLengthIsMalformedNotAnAllocation() {
        byte[] p = GangliaCaptures.spoofed().get(0).clone();
        ByteBuffer.wrap(p).putInt(4, 0x7FFFFFF0);
        assertEquals(Reason.MALFORMED, assertThrows(GangliaDecodeException.class, () -> decode(p)).reason());
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1:web-1, web-1", "web-1, web-1", "::1:web-1, web-1", "'', ''"})
    void spoofedNames(String raw, String name) {
        assertEquals(name, GangliaNames.spoofedName(raw));
    }
}
