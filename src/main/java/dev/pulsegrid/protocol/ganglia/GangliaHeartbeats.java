package dev.pulsegrid.protocol.ganglia;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns gmond traffic into heartbeats. Only gmond's own {@code heartbeat} metric counts as one:
 * gmond sends its other metrics in bursts at unrelated times, and a burst of arrivals a
 * millisecond apart would teach an adaptive detector a nonsense interval. The heartbeat's value
 * is gmond's start time, which is exactly an incarnation (a restart raises it). Its {@code tmax}
 * from the metadata packet is the interval hint (gmond's default, 20 s, until metadata is seen).
 * Single-threaded, bounded memory.
 */
public final class GangliaHeartbeats {
    public static final String HEARTBEAT_METRIC = "heartbeat";
    public static final int DEFAULT_TMAX_SECONDS = 20;
    public static final String META_SPOOFED = "ganglia.spoofed";
    static final int MAX_HOSTS = 100_000;

    private final Map<String, Integer> tmaxByHost = new HashMap<>();

    /**
     * @param m           a decoded message
     * @param fallbackHost the sender's address text, used when the packet names no host
     * @return the heartbeat it stands for, or null when the message is not a heartbeat
     */
    public Heartbeat onMessage(GangliaMessage m, String fallbackHost) {
        if (!HEARTBEAT_METRIC.equals(m.metric())) {
            return null;
        }
        String host = m.host().isEmpty() ? fallbackHost : m.host();
        if (host == null || host.isEmpty() || host.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            return null;
        }
        if (m.kind() == GangliaMessage.Kind.METADATA) {
            if (tmaxByHost.size() >= MAX_HOSTS && !tmaxByHost.containsKey(host)) {
                tmaxByHost.clear();
            }
            if (m.tmax() > 0) {
                tmaxByHost.put(host, Math.min(m.tmax(), 86_400));
            }
            return null;
        }
        if (m.kind() != GangliaMessage.Kind.VALUE) {
            return null;
        }
        long started = Double.isNaN(m.number()) ? 0 : Math.max(0, (long) m.number());
        int tmax = tmaxByHost.getOrDefault(host, DEFAULT_TMAX_SECONDS);
        return new Heartbeat(MessageType.HEARTBEAT, host, started, 0, 0, tmax * 1000,
                m.spoofed() ? Map.of(META_SPOOFED, "true") : Map.of());
    }
}
