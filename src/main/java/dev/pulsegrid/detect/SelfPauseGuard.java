package dev.pulsegrid.detect;

/**
 * Notices when the monitor itself stalled (long GC, debugger, an overloaded host) and keeps that
 * stall from being blamed on the nodes, as Cassandra refuses to convict after a local pause.
 *
 * <p>The monitor ticks at a known period. A tick that comes much later than expected means the
 * monitor was not running in between: heartbeats may have been sent and queued, just not read.
 * From then on a node's silence is counted from the moment the monitor resumed, not from its last
 * heartbeat: judgement resumes for each node once it sends a fresh heartbeat, or once it has been
 * silent for its full threshold while the monitor was watching. A node that died during the pause
 * is therefore still convicted, one threshold after the resume.
 *
 * <p>Uses the monotonic clock (Clock.nanos). On Linux that clock stops during suspend, so a laptop
 * sleep is invisible to both the silences and this guard: nobody is convicted for it either way.
 * Not thread-safe: ticked by the membership thread.
 */
public final class SelfPauseGuard {
    private final long tickPeriodNanos;
    private final long toleranceNanos;
    private long lastTickNanos = Long.MIN_VALUE;
    private long resumedAtNanos = Long.MIN_VALUE;
    private long lastPauseNanos;
    private int pauses;

    /**
     * @param tickPeriodNanos how often the monitor means to tick
     * @param toleranceNanos  lateness of a tick still considered normal scheduling noise
     */
    public SelfPauseGuard(long tickPeriodNanos, long toleranceNanos) {
        if (tickPeriodNanos <= 0 || toleranceNanos < 0) {
            throw new IllegalArgumentException("tick period must be > 0 and tolerance >= 0");
        }
        this.tickPeriodNanos = tickPeriodNanos;
        this.toleranceNanos = toleranceNanos;
    }

    /** How long the monitor was stopped, judged from one tick gap: 0 when the tick was on time. */
    public static long pauseNanos(long expectedPeriodNanos, long observedGapNanos, long toleranceNanos) {
        long late = observedGapNanos - expectedPeriodNanos;
        return late > toleranceNanos ? late : 0;
    }

    /** Call at every monitor tick; returns the pause (ns) this tick reveals, 0 if none. */
    public long onTick(long nowNanos) {
        long pause = lastTickNanos == Long.MIN_VALUE ? 0 : pauseNanos(tickPeriodNanos, nowNanos - lastTickNanos, toleranceNanos);
        lastTickNanos = nowNanos;
        if (pause > 0) {
            resumedAtNanos = nowNanos;
            lastPauseNanos = pause;
            pauses++;
        }
        return pause;
    }

    /** The instant from which a node last heard at {@code lastHeardNanos} is counted as silent. */
    public long silentSince(long lastHeardNanos) {
        return Math.max(lastHeardNanos, resumedAtNanos);
    }

    /**
     * True while judgement may still be held for some node: within {@code longestThresholdNanos}
     * of the resume. Drives the grid's "holding judgement: monitor paused for X" banner.
     */
    public boolean holding(long nowNanos, long longestThresholdNanos) {
        return resumedAtNanos != Long.MIN_VALUE && nowNanos - resumedAtNanos < longestThresholdNanos;
    }

    public long lastPauseNanos() {
        return lastPauseNanos;
    }

    /** When the monitor last resumed after a pause; Long.MIN_VALUE if it never paused. */
    public long resumedAtNanos() {
        return resumedAtNanos;
    }

    public int pauses() {
        return pauses;
    }
}
