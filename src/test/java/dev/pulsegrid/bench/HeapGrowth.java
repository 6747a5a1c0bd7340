package dev.pulsegrid.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the live heap gained between two moments, class by class: the bytes a benchmark's N nodes
 * added, divided by N. A plain histogram taken once mixes in what was there before (the window's
 * pixel buffers, JavaFX's CSS, the driver's own heartbeats), so it cannot say what a node costs.
 */
final class HeapGrowth {
    private final Map<String, long[]> before;

    private HeapGrowth(Map<String, long[]> before) {
        this.before = before;
    }

    /** Takes the first histogram now (the diagnostic command runs a full GC first). */
    static HeapGrowth start() {
        return new HeapGrowth(histogram());
    }

    /** The growth per node since {@link #start()}, then the {@code lines} classes that grew most (bytes and instances per node). */
    String since(int lines, int nodes) {
        Map<String, long[]> after = histogram();
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        long total = 0;
        for (var e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            long[] d = {e.getValue()[0] - b[0], e.getValue()[1] - b[1]};
            total += d[1];
            grown.add(Map.entry(e.getKey(), d));
        }
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                total -= e.getValue()[1];
            }
        }
        grown.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "live objects per node (class histogram growth over %d nodes): %.0f bytes%s%n", nodes, total / (double) nodes,
                lines > 0 ? ", by class:" : ""));
        for (var e : grown.subList(0, Math.min(lines, grown.size()))) {
            out.append(String.format(Locale.ROOT, "  %8.1f B  %6.2f objects  %s%n",
                    e.getValue()[1] / (double) nodes, e.getValue()[0] / (double) nodes, e.getKey()));
        }
        return out.toString();
    }

    /** class name -> {instances, bytes}, from HotSpot's GC.class_histogram (live objects). */
    private static Map<String, long[]> histogram() {
        Map<String, long[]> m = new HashMap<>();
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            text.toString().lines().skip(2).forEach(l -> {
                String[] f = l.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    m.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("class histogram unavailable: " + e, e);
        }
        return m;
    }
}
