package dev.pulsegrid.cluster.gossip;

/**
 * How many rounds a piece of news (a new member, a new incarnation, a status change) is pushed with
 * priority before it competes with ordinary counter updates. memberlist's rule: a message is
 * worth {@code 4 * ceil(log10(n + 1))} transmissions, enough for an epidemic to reach everyone with
 * high probability; each of our rounds sends to {@code fanout} peers at once.
 */
public final class RetransmitLimit {
    static final int MULTIPLIER = 4;

    private RetransmitLimit() {
    }

    /** @return rounds of priority push, at least 1 */
    public static int rounds(int clusterSize, int fanout) {
        int transmissions = MULTIPLIER * (int) Math.ceil(Math.log10(Math.max(1, clusterSize) + 1.0));
        return Math.max(1, (transmissions + fanout - 1) / Math.max(1, fanout));
    }
}
