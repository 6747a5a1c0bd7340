package dev.pulsegrid.journal;

import java.time.Duration;

/**
 * Tuning of the {@link JournalWriter}.
 *
 * @param arrivalCapacity  arrival samples held while the writer is busy; beyond it samples are shed
 * @param eventSoftLimit   event backlog above which arrival samples are shed so the writer spends
 *                         every transaction on events
 * @param eventHardLimit   event backlog that would exhaust memory; beyond it events are counted as
 *                         lost instead of queued (only reachable when the disk stops taking writes)
 * @param batchRows        most events per transaction
 * @param commitInterval   longest time a queued row waits for its commit (at most 1 s by design)
 * @param retention        what to keep, enforced by the writer thread between batches
 */
public record WriterOptions(int arrivalCapacity, int eventSoftLimit, int eventHardLimit, int batchRows,
                            Duration commitInterval, RetentionPolicy retention) {
    public static final WriterOptions DEFAULT =
            new WriterOptions(131_072, 100_000, 1_000_000, 20_000, Duration.ofMillis(200), RetentionPolicy.DEFAULT);

    public WriterOptions {
        if (arrivalCapacity < 1 || eventSoftLimit < 1 || eventHardLimit < eventSoftLimit || batchRows < 1) {
            throw new IllegalArgumentException("capacities must be positive and eventHardLimit >= eventSoftLimit");
        }
        if (commitInterval.isNegative() || commitInterval.isZero() || commitInterval.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("commitInterval must be in (0, 1s]: " + commitInterval);
        }
    }

    public WriterOptions withRetention(RetentionPolicy policy) {
        return new WriterOptions(arrivalCapacity, eventSoftLimit, eventHardLimit, batchRows, commitInterval, policy);
    }

    public WriterOptions withArrivalCapacity(int capacity) {
        return new WriterOptions(capacity, eventSoftLimit, eventHardLimit, batchRows, commitInterval, retention);
    }

    public WriterOptions withEventLimits(int soft, int hard) {
        return new WriterOptions(arrivalCapacity, soft, hard, batchRows, commitInterval, retention);
    }
}
