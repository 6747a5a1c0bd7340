package dev.pulsegrid.replay;

/** Receives each transition of a replay, in time order per node (nodes one after another). */
@FunctionalInterface
public interface TransitionSink {

    /** Why a transition happened. */
    enum Cause {
        /** The node's first heartbeat in the trace ({@code from} is null). */
        FIRST_HEARTBEAT,
        /** Silence reached the threshold. */
        SILENCE,
        /** A heartbeat ended a silence that had been judged. */
        HEARTBEAT,
        /** The first heartbeat after a known crash. */
        RESTART
    }

    /**
     * @param atMs        trace time of the transition
     * @param silenceMs   silence since the node's previous heartbeat at that moment
     * @param thresholdMs the threshold crossed (SILENCE), else 0
     * @param afterCrash  true while the node is down after a known crash (the verdict is a detection)
     */
    void transition(long atMs, int node, Verdict from, Verdict to, Cause cause, long silenceMs, long thresholdMs,
                    boolean afterCrash);

    TransitionSink NONE = (atMs, node, from, to, cause, silenceMs, thresholdMs, afterCrash) -> { };
}
