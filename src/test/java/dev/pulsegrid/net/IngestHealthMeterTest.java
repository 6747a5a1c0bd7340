package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.protocol.DecodeError;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestHealthMeterTest {

    @ParameterizedTest(name = "{0} -> {1} in {2} ns = {3}/s")
    @CsvSource({
        "0,    1000, 1000000000, 1000",
        "500,  1500, 500000000,  2000",
        "10,   10,   1000000000, 0",
        "100,  50,   1000000000, 0",
        "0,    1000, 0,          0",
        "0,    3,    2000000000, 1.5",
    })
    void rate(long before, long after, long nanos, double expected) {
        assertEquals(expected, IngestHealthMeter.rate(before, after, nanos), 1e-9);
    }

    @Test
    void ratesCoverTheLastIntervalAndTotalsSinceStart() {
        ManualClock clock = new ManualClock();
        IngestCounters c = new IngestCounters();
        AtomicLong kernel = new AtomicLong(5_000); // machine-wide counter, not zero at start
        for (int i = 0; i < 10; i++) {
            c.countReceived(100);
            c.countAccepted();
        }
        IngestHealthMeter meter = new IngestHealthMeter(c, kernel::get, clock);

        for (int i = 0; i < 300; i++) {
            c.countReceived(120);
            c.countAccepted();
        }
        c.countReceived(7);
        c.countRejected(DecodeError.BAD_SIGNATURE);
        c.countReceived(7);
        c.countRejected(DecodeError.NOT_ALLOWED);
        kernel.addAndGet(4);
        clock.advanceMillis(2000);
        IngestHealth h = meter.sample();

        assertEquals(151, h.datagramsPerSecond(), 1e-9);
        assertEquals((300 * 120 + 14) / 2.0, h.bytesPerSecond(), 1e-9);
        assertEquals(150, h.acceptedPerSecond(), 1e-9);
        assertEquals(1, h.rejectedPerSecond(), 1e-9);
        assertEquals(2, h.kernelDropsPerSecond(), 1e-9);
        assertEquals(4, h.kernelDrops(), "drops since start, not the machine's total");
        assertEquals(312, h.datagrams());
        assertEquals(Map.of(DecodeError.BAD_SIGNATURE, 1L, DecodeError.NOT_ALLOWED, 1L), h.rejectsByReason());
        assertEquals("bad_signature 1, not_allowed 1", h.rejectsText());
        assertEquals("ingest 151 dgram/s 18.0 kB/s, rejected 1/s, kernel drops 2/s", h.line());

        clock.advanceMillis(1000);
        IngestHealth quiet = meter.sample();
        assertEquals(0, quiet.datagramsPerSecond());
        assertEquals(312, quiet.datagrams());
    }

    @Test
    void unknownKernelCounterIsShownAsUnknownNotZero() {
        IngestHealthMeter meter = new IngestHealthMeter(new IngestCounters(), () -> -1, new ManualClock());
        IngestHealth h = meter.sample();
        assertEquals(-1, h.kernelDrops());
        assertEquals("ingest 0 dgram/s 0.0 kB/s, kernel drops n/a", h.line());
    }
}
