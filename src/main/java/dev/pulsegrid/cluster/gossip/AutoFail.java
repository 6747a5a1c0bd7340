package dev.pulsegrid.cluster.gossip;

/**
 * The default T_fail, derived from how stale a row can get. A digest holds one datagram, so once
 * the table has more rows than fit one ({@code rowsPerDatagram}), a row waits its turn: a peer
 * relays a given row only every {@code ceil(n / rowsPerDatagram)} rounds, and news of a counter
 * needs about {@code log_fanout(n)} hops, waiting its turn at each. So T_fail is
 * {@code SAFETY x log_fanout(n) x (ceil(n / rowsPerDatagram) + 1)} rounds, never under
 * {@link #MIN_ROUNDS}. Measured (GossipFalseDeadBench, fanout 3, 1% loss, 10 simulated minutes):
 * staleness max 10 / 29 / 94 rounds at n = 50 / 200 / 500, and a sum {@code 3.5 x (hops + turns)}
 * (20 / 35 / 66 rounds) gave 6 false DEAD at n = 500: the tail grows with the product, not the sum.
 * Measured again with {@link Watchers} feeding two peers per member every round (same bench):
 * staleness max 10 / 28 / 70 rounds, false DEAD 0 / 0 / 0; the rows those watchers relay hardly
 * change the tail, which is set by random targets over n^2 (peer, member) pairs, so the formula stands.
 * Nor did choosing freshest rows first instead of most-grown (n = 200, T_fail 41 s, 3 min: max 28
 * against 24). T_fail no longer decides how fast a crash is found (a watcher does, in 5 rounds); it
 * is the fallback where no watcher judged, and the bound on second-hand staleness (SUSPECT at half).
 *
 * <p>An instance tracks the value for one peer as membership changes, with hysteresis: it grows at
 * once (a bigger table is staler at once) but shrinks only after the smaller value has been the
 * target for a whole T_cleanup, when the departed members are forgotten anyway; so a member that
 * flaps in and out does not make T_fail oscillate. Single writer: the peer's round.
 */
public final class AutoFail {
    /** Never shorter than the old fixed default (10 rounds of 1 s). */
    public static final int MIN_ROUNDS = 10;
    /** Measured staleness max over hops x (turns + 1), plus margin: 29 / 28.9 at n = 200, 94 / 79.2 at 500. */
    public static final double SAFETY = 1.4;
    /** A digest row before any is known: 19 fixed bytes, an IPv4 address and port (4 + 2), a 10-byte id. */
    public static final int TYPICAL_ROW_BYTES = 35;

    private final long intervalNanos;
    private final int fanout;
    private long failNanos;
    /** Since when the target has been below the current value (Long.MIN_VALUE: it is not). */
    private long belowSince = Long.MIN_VALUE;

    public AutoFail(long intervalNanos, int fanout) {
        if (intervalNanos <= 0 || fanout < 1) {
            throw new IllegalArgumentException("interval and fanout must be positive");
        }
        this.intervalNanos = intervalNanos;
        this.fanout = fanout;
        this.failNanos = MIN_ROUNDS * intervalNanos;
    }

    /**
     * T_fail in rounds for a peer that knows {@code members} members (itself included).
     *
     * @param rowsPerDatagram digest rows that fit one datagram (at least 1)
     */
    public static int failRounds(int members, int rowsPerDatagram, int fanout) {
        int n = Math.max(1, members);
        double hops = Math.log(n) / Math.log(Math.max(2, fanout));
        double turns = Math.ceil((double) n / Math.max(1, rowsPerDatagram));
        return Math.max(MIN_ROUNDS, (int) Math.ceil(SAFETY * hops * (turns + 1)));
    }

    /** Rows of {@code rowBytes} that fit a digest's {@code budgetBytes} (what is left after the header). */
    public static int rowsPerDatagram(int budgetBytes, int rowBytes) {
        return Math.max(1, budgetBytes / Math.max(1, rowBytes));
    }

    /**
     * The T_fail to use now.
     *
     * @param now nanoseconds on the peer's clock
     */
    public long update(int members, int rowsPerDatagram, long now) {
        long target = failRounds(members, rowsPerDatagram, fanout) * intervalNanos;
        if (target >= failNanos) {
            failNanos = target;
            belowSince = Long.MIN_VALUE;
        } else if (belowSince == Long.MIN_VALUE) {
            belowSince = now;
        } else if (now - belowSince >= 2 * failNanos) {
            failNanos = target;
            belowSince = Long.MIN_VALUE;
        }
        return failNanos;
    }

    public long failNanos() {
        return failNanos;
    }

    /** The current value with T_cleanup = 2 x T_fail. */
    public GossipTimeouts timeouts() {
        return new GossipTimeouts(failNanos, 2 * failNanos);
    }
}
