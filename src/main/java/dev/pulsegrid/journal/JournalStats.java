package dev.pulsegrid.journal;

/**
 * The writer's counters, for the status bar and `watch`: anything shed or lost is visible here.
 *
 * @param queuedEvents      events waiting for their commit
 * @param queuedArrivals    arrival samples waiting for their commit
 * @param committedEvents   events durably written since start
 * @param committedArrivals arrival samples durably written since start
 * @param shedArrivals      arrival samples dropped because the writer was behind (never events)
 * @param lostEvents        events not journaled: backlog at its hard limit, or offered after close/failure
 * @param commits           transactions committed
 * @param retentionDeleted  rows removed by retention since start
 * @param lastError         the most recent write failure, null when none
 */
public record JournalStats(long queuedEvents, long queuedArrivals, long committedEvents, long committedArrivals,
                           long shedArrivals, long lostEvents, long commits, long retentionDeleted, String lastError) {
}
