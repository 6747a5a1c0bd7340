package dev.pulsegrid.net.gossip;

import dev.pulsegrid.net.RejectCounts;
import dev.pulsegrid.net.SourceTally;
import dev.pulsegrid.protocol.DecodeError;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** What a gossip peer sent and received, readable from any thread; rejects are counted by reason. */
public final class GossipCounters {
    private final LongAdder sentDatagrams = new LongAdder();
    private final LongAdder sentBytes = new LongAdder();
    private final LongAdder receivedDatagrams = new LongAdder();
    private final LongAdder receivedBytes = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder socketErrors = new LongAdder();
    private final LongAdder internalErrors = new LongAdder();
    private final RejectCounts rejects = new RejectCounts();


    void countSent(int bytes) {
        sentDatagrams.increment();
        sentBytes.add(bytes);
    }

    void countReceived(int bytes) {
        receivedDatagrams.increment();
        receivedBytes.add(bytes);
    }

    void countAccepted() {
        accepted.increment();
    }

    void countRejected(DecodeError reason) {
        rejects.count(reason);
    }

    /** e.g. ICMP port unreachable from a peer that went away: expected, counted, never fatal. */
    void countSocketError() {
        socketErrors.increment();
    }

    void countInternalError() {
        internalErrors.increment();
    }

    public long sentDatagrams() {
        return sentDatagrams.sum();
    }

    public long sentBytes() {
        return sentBytes.sum();
    }

    public long receivedDatagrams() {
        return receivedDatagrams.sum();
    }

    public long receivedBytes() {
        return receivedBytes.sum();
    }

    public long accepted() {
        return accepted.sum();
    }

    public long socketErrors() {
        return socketErrors.sum();
    }

    public long internalErrors() {
        return internalErrors.sum();
    }

    public long rejected(DecodeError reason) {
        return rejects.get(reason);
    }

    /** Non-zero reject counts by reason. */
    public Map<DecodeError, Long> rejectsByReason() {
        return rejects.nonZero();
    }

    /** What was received, as the ingest health view shows every source. */
    public SourceTally tally() {
        Map<String, Long> rejects = new TreeMap<>();
        rejectsByReason().forEach((k, v) -> rejects.put(SourceTally.label(k), v));
        return new SourceTally("gossip", receivedDatagrams(), receivedBytes(), accepted(), rejects);
    }
}
