package dev.pulsegrid.net;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one non-native source (collectd, ganglia) has seen, readable from any thread: datagrams,
 * heartbeats delivered, datagrams that were valid but no heartbeat (gmond's other metrics), and
 * every dropped datagram by its reason, so loss is never invisible.
 */
public final class SourceCounters {
    private final String source;
    private final LongAdder datagrams = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder heartbeats = new LongAdder();
    private final LongAdder ignored = new LongAdder();
    private final LongAdder internalErrors = new LongAdder();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();

    public SourceCounters(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void countReceived(int size) {
        datagrams.increment();
        bytes.add(size);
    }

    public void countHeartbeat() {
        heartbeats.increment();
    }

    public void countIgnored() {
        ignored.increment();
    }

    public void countDropped(String reason) {
        dropped.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    public void countInternalError() {
        internalErrors.increment();
    }

    public long datagrams() {
        return datagrams.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    public long heartbeats() {
        return heartbeats.sum();
    }

    public long ignored() {
        return ignored.sum();
    }

    public long internalErrors() {
        return internalErrors.sum();
    }

    public long dropped(String reason) {
        LongAdder a = dropped.get(reason);
        return a == null ? 0 : a.sum();
    }

    /** Dropped datagrams by reason, sorted by reason. */
    public Map<String, Long> droppedByReason() {
        Map<String, Long> out = new TreeMap<>();
        dropped.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** These totals as one reading; a datagram that was valid but no heartbeat counts as neither accepted nor dropped. */
    public SourceTally tally() {
        return new SourceTally(source, datagrams(), bytes(), heartbeats(), droppedByReason());
    }
}
