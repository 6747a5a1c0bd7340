package dev.pulsegrid.net;

import dev.pulsegrid.protocol.DecodeError;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the ingest path has seen, readable from any thread: datagrams, bytes, accepted heartbeats,
 * and every rejected datagram counted by its reason, so loss is never invisible.
 */
public final class IngestCounters {
    private final LongAdder datagrams = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder internalErrors = new LongAdder();
    private final RejectCounts rejects = new RejectCounts();


    void countReceived(int size) {
        datagrams.increment();
        bytes.add(size);
    }

    void countAccepted() {
        accepted.increment();
    }

    void countRejected(DecodeError reason) {
        rejects.count(reason);
    }

    /** A failure that is our bug, not the sender's: counted so it shows, never thrown at Netty. */
    void countInternalError() {
        internalErrors.increment();
    }

    public long datagrams() {
        return datagrams.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    public long accepted() {
        return accepted.sum();
    }

    public long internalErrors() {
        return internalErrors.sum();
    }

    public long rejected(DecodeError reason) {
        return rejects.get(reason);
    }

    public long rejectedTotal() {
        return rejects.total();
    }

    /** Non-zero reject counts by reason, for summaries. */
    public Map<DecodeError, Long> rejectsByReason() {
        return rejects.nonZero();
    }
}
