package dev.pulsegrid.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Lets nodes that announce the same metadata share one map: zone and role sets repeat across
 * thousands of nodes, and a decoded map with its strings costs ~250 bytes per node at 100,000 nodes.
 * Bounded: past {@link #MAX} distinct maps (per-host values, say) sharing would not pay, and new
 * maps are kept as they come. Membership thread only.
 */
final class MetaInterner {
    static final int MAX = 4096;

    private final Map<Map<String, String>, Map<String, String>> seen = new HashMap<>();

    Map<String, String> intern(Map<String, String> meta) {
        if (meta.isEmpty()) {
            return Map.of();
        }
        Map<String, String> known = seen.get(meta);
        if (known != null) {
            return known;
        }
        if (seen.size() < MAX) {
            seen.put(meta, meta);
        }
        return meta;
    }
}
