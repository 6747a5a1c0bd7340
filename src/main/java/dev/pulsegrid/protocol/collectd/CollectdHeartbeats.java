package dev.pulsegrid.protocol.collectd;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns what collectd hosts send into heartbeats: host name is the node id, the Interval part the
 * interval hint, and the plugins and types seen so far the metadata. A packet carries only some
 * of a host's plugins (collectd fills packets as values come), so metadata is the union over
 * packets; otherwise it would flap from packet to packet. Single-threaded, bounded memory.
 */
public final class CollectdHeartbeats {
    public static final String META_PLUGINS = "collectd.plugins";
    public static final String META_TYPES = "collectd.types";
    public static final String META_SECURITY = "collectd.security";
    public static final String META_USER = "collectd.user";
    static final int MAX_NAMES = 32;
    static final int MAX_HOSTS = 100_000;

    private final Map<String, Seen> seen = new HashMap<>();

    public Heartbeat toHeartbeat(CollectdHostRecord r) {
        if (seen.size() >= MAX_HOSTS && !seen.containsKey(r.host())) {
            seen.clear(); // a flood of names: forget, the real hosts rebuild their union in a packet or two
        }
        Seen s = seen.computeIfAbsent(r.host(), h -> new Seen());
        boolean changed = addAll(s.plugins, r.plugins()) | addAll(s.types, r.types());
        if (changed || s.meta == null || !r.security().label().equals(s.meta.get(META_SECURITY))) {
            Map<String, String> meta = new HashMap<>(4);
            meta.put(META_PLUGINS, String.join(",", s.plugins));
            meta.put(META_TYPES, String.join(",", s.types));
            meta.put(META_SECURITY, r.security().label());
            if (r.user() != null) {
                meta.put(META_USER, r.user());
            }
            s.meta = Map.copyOf(meta);
        }
        return new Heartbeat(MessageType.HEARTBEAT, r.host(), 0, 0, r.timeMillis(), r.intervalMillis(), s.meta);
    }

    private static boolean addAll(TreeSet<String> into, Iterable<String> names) {
        boolean changed = false;
        for (String n : names) {
            if (into.size() >= MAX_NAMES) {
                break;
            }
            changed |= into.add(n);
        }
        return changed;
    }

    private static final class Seen {
        final TreeSet<String> plugins = new TreeSet<>();
        final TreeSet<String> types = new TreeSet<>();
        Map<String, String> meta;
    }
}
