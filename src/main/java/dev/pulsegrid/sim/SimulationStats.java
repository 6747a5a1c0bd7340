package dev.pulsegrid.sim;

/**
 * What a simulated cluster has done so far, and how many nodes are in each condition now.
 *
 * @param sent       datagrams the nodes sent (heartbeats and LEAVEs)
 * @param delivered  of those, the ones that reached the sink
 * @param lost       of those, the ones the simulated network dropped
 */
public record SimulationStats(
        long sent, long delivered, long lost,
        long crashes, long recoveries, long leaves, long rejoins,
        int up, int crashed, int left) {

    /** The mutable tally behind the record; owned by the cluster's single caller. */
    static final class Counter {
        long sent;
        long delivered;
        long lost;
        long crashes;
        long recoveries;
        long leaves;
        long rejoins;
        int up;
        int crashed;
        int left;

        SimulationStats snapshot() {
            return new SimulationStats(sent, delivered, lost, crashes, recoveries, leaves, rejoins, up, crashed, left);
        }
    }
}
