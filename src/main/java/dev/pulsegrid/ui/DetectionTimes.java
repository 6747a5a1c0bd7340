package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the settings in force mean, said as consequences: for every node still being judged (ALIVE or
 * SUSPECT), its dead-after under its own detector is how long its crash would take to be declared.
 * Summarised over the cluster and per group of the grid's grouping key, so an operator sees that the
 * adaptive detector convicts the clean nodes fast and gives the flaky ones slack. Pure: built off the
 * FX thread from one snapshot.
 *
 * @param nodes  nodes judged
 * @param median median detection time, ns (0 without nodes)
 * @param worst  longest detection time, ns
 * @param groups per group, most nodes first (empty without a grouping key)
 */
record DetectionTimes(int nodes, long median, long worst, List<Group> groups) {
    /** Groups named in the one-line summary; the tooltip lists up to {@link #TABLE_GROUPS}. */
    static final int LINE_GROUPS = 3;
    static final int TABLE_GROUPS = 30;
    static final String NO_VALUE = "(none)";

    record Group(String name, int nodes, long median, long worst) {
    }

    /** @param groupKey metadata key the grid groups by, or null */
    static DetectionTimes of(NodeView[] all, String groupKey) {
        Times cluster = new Times();
        Map<String, Times> byGroup = new HashMap<>();
        for (NodeView v : all) {
            if (v == null || (v.state() != NodeState.ALIVE && v.state() != NodeState.SUSPECT)) {
                continue;
            }
            cluster.add(v.deadAfterNanos());
            if (groupKey != null) {
                byGroup.computeIfAbsent(v.meta().getOrDefault(groupKey, NO_VALUE), k -> new Times()).add(v.deadAfterNanos());
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, t) -> groups.add(t.sorted().group(name)));
        groups.sort(Comparator.comparingInt(Group::nodes).reversed().thenComparing(Group::name));
        Group whole = cluster.sorted().group(null);
        return new DetectionTimes(whole.nodes(), whole.median(), whole.worst(), List.copyOf(groups));
    }

    /** A growable list of detection times, summarised once sorted. */
    private static final class Times {
        private long[] values = new long[8];
        private int count;

        void add(long t) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = t;
        }

        Times sorted() {
            Arrays.sort(values, 0, count);
            return this;
        }

        Group group(String name) {
            return new Group(name, count, median(values, count), count == 0 ? 0 : values[count - 1]);
        }
    }

    /** The lower middle for an even count: a time some node really has. */
    static long median(long[] sorted, int count) {
        return count == 0 ? 0 : sorted[(count - 1) / 2];
    }

    /** "A crash is declared after 4.1s (median), 9s at worst · role=db 10s · role=web 3.9s". */
    String line(String groupKey) {
        if (nodes == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("A crash would be declared after ").append(Durations.seconds(median))
                .append(" (median), ").append(Durations.seconds(worst)).append(" at worst");
        for (int i = 0; i < Math.min(LINE_GROUPS, groups.size()) && groups.size() > 1; i++) {
            Group g = groups.get(i);
            b.append(" · ").append(groupKey).append('=').append(g.name()).append(' ').append(Durations.seconds(g.median()));
        }
        return b.toString();
    }

    /** One line per group (median and worst), for the tooltip. */
    String table(String groupKey) {
        StringBuilder b = new StringBuilder("Detection time now (each node's dead-after under its detector), ")
                .append(nodes).append(" nodes judged");
        for (int i = 0; i < Math.min(TABLE_GROUPS, groups.size()); i++) {
            Group g = groups.get(i);
            b.append('\n').append(groupKey).append('=').append(g.name()).append(": ").append(g.nodes()).append(" nodes, median ")
                    .append(Durations.seconds(g.median())).append(", worst ").append(Durations.seconds(g.worst()));
        }
        if (groups.size() > TABLE_GROUPS) {
            b.append("\n… and ").append(groups.size() - TABLE_GROUPS).append(" more groups");
        }
        return b.toString();
    }
}
