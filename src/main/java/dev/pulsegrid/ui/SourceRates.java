package dev.pulsegrid.ui;

import dev.pulsegrid.net.SourceTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns successive readings of every source's counters into the ingest health window's rows, with
 * datagrams per second since the previous reading. The four known sources always have a row (off
 * when not listening) so the table does not jump; unknown ones follow. Owned by one sampler thread.
 */
final class SourceRates {
    static final List<String> KNOWN = List.of("native", "collectd", "ganglia", "gossip");

    private final Map<String, Long> lastDatagrams = new HashMap<>();
    private long lastNanos = Long.MIN_VALUE;

    List<SourceRow> sample(List<SourceTally> tallies, long nowNanos) {
        Map<String, SourceTally> bySource = new HashMap<>();
        for (SourceTally t : tallies) {
            bySource.put(t.source(), t);
        }
        List<String> order = new ArrayList<>(KNOWN);
        tallies.stream().map(SourceTally::source).filter(s -> !order.contains(s)).forEach(order::add);
        long dt = lastNanos == Long.MIN_VALUE ? 0 : nowNanos - lastNanos;
        List<SourceRow> rows = new ArrayList<>(order.size());
        for (String source : order) {
            SourceTally t = bySource.get(source);
            if (t == null) {
                lastDatagrams.remove(source);
                rows.add(new SourceRow(source, false, 0, 0, 0, 0, "none"));
                continue;
            }
            Long before = lastDatagrams.put(source, t.datagrams());
            double rate = before == null ? 0 : rate(before, t.datagrams(), dt);
            rows.add(new SourceRow(source, true, rate, t.datagrams(), t.accepted(), t.rejected(), rejectsText(t)));
        }
        lastNanos = nowNanos;
        return rows;
    }

    /** Per second; 0 for an empty interval or a counter that went backwards (a listener restarted). */
    static double rate(long before, long after, long nanos) {
        return nanos <= 0 || after <= before ? 0 : (after - before) * 1e9 / nanos;
    }

    static String rejectsText(SourceTally t) {
        return t.rejects().isEmpty() ? "none" : t.rejects().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
