package dev.pulsegrid.net;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.protocol.DecodeError;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Turns the monotonically growing {@link IngestCounters} (and the kernel's drop counter) into
 * {@link IngestHealth} readings with per-second rates. Not thread-safe: one poller (the UI's once a
 * second timer, or watch's summary thread) owns a meter.
 */
public final class IngestHealthMeter {
    private final IngestCounters counters;
    private final LongSupplier kernelDrops;
    private final Clock clock;
    private final long kernelAtStart;
    private long lastNanos;
    private long lastDatagrams;
    private long lastBytes;
    private long lastAccepted;
    private long lastRejected;
    private long lastKernel;

    /** @param kernelDrops a machine counter such as {@link KernelUdpStats#receiveBufferErrors()}; negative = unknown */
    public IngestHealthMeter(IngestCounters counters, LongSupplier kernelDrops, Clock clock) {
        this.counters = counters;
        this.kernelDrops = kernelDrops;
        this.clock = clock;
        this.kernelAtStart = kernelDrops.getAsLong();
        this.lastKernel = kernelAtStart;
        this.lastNanos = clock.nanos();
        this.lastDatagrams = counters.datagrams();
        this.lastBytes = counters.bytes();
        this.lastAccepted = counters.accepted();
        this.lastRejected = counters.rejectedTotal();
    }

    public static IngestHealthMeter forMonitor(Monitor m) {
        return new IngestHealthMeter(m.counters(), KernelUdpStats::receiveBufferErrors, m.config().clock());
    }

    /** Kernel receive-buffer drops since this meter started, or -1 if unknown. Safe from any thread. */
    public long kernelDropsSinceStart() {
        long k = kernelDrops.getAsLong();
        return k < 0 || kernelAtStart < 0 ? -1 : k - kernelAtStart;
    }

    /** Rates since the previous call (or since construction), totals since construction's counters. */
    public IngestHealth sample() {
        long now = clock.nanos();
        long d = counters.datagrams();
        long b = counters.bytes();
        long a = counters.accepted();
        long r = counters.rejectedTotal();
        long k = kernelDrops.getAsLong();
        Map<DecodeError, Long> reasons = counters.rejectsByReason();
        long dt = now - lastNanos;
        boolean kernelKnown = k >= 0 && kernelAtStart >= 0;
        IngestHealth h = new IngestHealth(dt / 1e9, rate(lastDatagrams, d, dt), rate(lastBytes, b, dt),
                rate(lastAccepted, a, dt), rate(lastRejected, r, dt), kernelKnown ? rate(lastKernel, k, dt) : -1,
                d, b, a, reasons, kernelKnown ? k - kernelAtStart : -1);
        lastNanos = now;
        lastDatagrams = d;
        lastBytes = b;
        lastAccepted = a;
        lastRejected = r;
        lastKernel = k;
        return h;
    }

    /**
     * Per-second rate of a counter that went from {@code before} to {@code after} in {@code nanos}.
     * Zero for an empty interval; a counter that went backwards (a reset, or the machine-wide kernel
     * counter wrapping) gives 0, never a negative rate.
     */
    static double rate(long before, long after, long nanos) {
        if (nanos <= 0 || after <= before) {
            return 0;
        }
        return (after - before) * 1e9 / nanos;
    }
}
