package dev.pulsegrid.net;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.MembershipLimits;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How a {@link Monitor} listens and judges.
 *
 * @param listen            UDP address to bind, or null for no socket (in-process ingest only)
 * @param detector          failure detector settings to start with
 * @param clock             time source (SystemClock in production)
 * @param receiveBufferBytes SO_RCVBUF requested; the kernel caps it at net.core.rmem_max
 * @param tickMillis        how often due deadlines are fired; bounds transition latency
 * @param publishHz         at most this many snapshots per second
 * @param limits            node cap and forget-after time for DEAD/LEFT nodes
 * @param security          source networks, keyring, require-auth, clock skew ({@link IngestSecurity#NONE}: accept all)
 * @param overrides         per-group detectors (first matching selector wins), empty for none
 */
public record MonitorConfig(
        InetSocketAddress listen,
        FailureDetector detector,
        Clock clock,
        int receiveBufferBytes,
        int tickMillis,
        int publishHz,
        MembershipLimits limits,
        IngestSecurity security,
        java.util.List<dev.pulsegrid.cluster.DetectorOverride> overrides) {

    public static final int DEFAULT_PORT = 9797;
    /** 8 MB: GC pauses of 3–18 ms overflow the default 208 KB buffer at high rates (measured, DESIGN.md). */
    public static final int DEFAULT_RECEIVE_BUFFER = 8 * 1024 * 1024;

    public MonitorConfig {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        if (tickMillis < 1 || publishHz < 1) {
            throw new IllegalArgumentException("tickMillis and publishHz must be positive");
        }
        if (security == null) {
            security = IngestSecurity.NONE;
        }
        overrides = overrides == null ? java.util.List.of() : java.util.List.copyOf(overrides);
    }

    /** Without receiver policy (every datagram from anywhere, unsigned accepted). */
    public MonitorConfig(InetSocketAddress listen, FailureDetector detector, Clock clock, int receiveBufferBytes,
            int tickMillis, int publishHz, MembershipLimits limits) {
        this(listen, detector, clock, receiveBufferBytes, tickMillis, publishHz, limits, IngestSecurity.NONE, java.util.List.of());
    }

    /**
     * A transition reaches the grid after at most one tick plus one publish interval plus one frame; at 10 ms
     * and 60 Hz the tick rounded publishes up to every 20 ms, so a transition waited ~10 ms on average before a
     * frame could even see it. 4 ms and 125 Hz publish every 8 ms (the copy of a 100,000-slot view array is
     * ~50 µs, under 1% of a core), so the frame after the event nearly always draws it.
     */
    public static final int DEFAULT_TICK_MILLIS = 4;
    public static final int DEFAULT_PUBLISH_HZ = 125;

    public static MonitorConfig listeningOn(InetSocketAddress listen) {
        return new MonitorConfig(listen, FixedTimeoutDetector.defaults(), SystemClock.INSTANCE,
                DEFAULT_RECEIVE_BUFFER, DEFAULT_TICK_MILLIS, DEFAULT_PUBLISH_HZ, MembershipLimits.defaults());
    }

    public MonitorConfig withDetector(FailureDetector d) {
        return new MonitorConfig(listen, d, clock, receiveBufferBytes, tickMillis, publishHz, limits, security, overrides);
    }

    public MonitorConfig withClock(Clock c) {
        return new MonitorConfig(listen, detector, c, receiveBufferBytes, tickMillis, publishHz, limits, security, overrides);
    }

    public MonitorConfig withListen(InetSocketAddress address) {
        return new MonitorConfig(address, detector, clock, receiveBufferBytes, tickMillis, publishHz, limits, security, overrides);
    }

    public MonitorConfig withLimits(MembershipLimits l) {
        return new MonitorConfig(listen, detector, clock, receiveBufferBytes, tickMillis, publishHz, l, security, overrides);
    }

    public MonitorConfig withOverrides(java.util.List<dev.pulsegrid.cluster.DetectorOverride> list) {
        return new MonitorConfig(listen, detector, clock, receiveBufferBytes, tickMillis, publishHz, limits, security, list);
    }

    public MonitorConfig withSecurity(IngestSecurity s) {
        return new MonitorConfig(listen, detector, clock, receiveBufferBytes, tickMillis, publishHz, limits, s, overrides);
    }
}
