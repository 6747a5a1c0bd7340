package dev.pulsegrid.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Every ingest source feeding one monitor, for the ingest health view: the monitor's own socket
 * always, plus whatever listeners and peers register while they run (collectd, ganglia, gossip).
 * Safe from any thread.
 */
public final class SourceTallies {
    private final IngestCounters nativeCounters;
    private final List<Supplier<SourceTally>> others = new CopyOnWriteArrayList<>();

    SourceTallies(IngestCounters nativeCounters) {
        this.nativeCounters = nativeCounters;
    }

    /** The one registry of this monitor. */
    public static SourceTallies of(Monitor m) {
        return m.extension(SourceTallies.class, mon -> new SourceTallies(mon.counters()));
    }

    /** Registers a running source; closing the result removes it again. */
    public AutoCloseable add(Supplier<SourceTally> source) {
        others.add(source);
        return () -> others.remove(source);
    }

    /** Native first, then the others in the order they started. */
    public List<SourceTally> read() {
        List<SourceTally> out = new ArrayList<>(1 + others.size());
        out.add(nativeTally(nativeCounters));
        for (Supplier<SourceTally> s : others) {
            out.add(s.get());
        }
        return out;
    }

    static SourceTally nativeTally(IngestCounters c) {
        Map<String, Long> rejects = new TreeMap<>();
        c.rejectsByReason().forEach((k, v) -> rejects.put(SourceTally.label(k), v));
        return new SourceTally("native", c.datagrams(), c.bytes(), c.accepted(), rejects);
    }
}
