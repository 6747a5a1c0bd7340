package dev.pulsegrid.cluster;

/**
 * Told of every accepted heartbeat, on the membership thread (the journal's arrival history).
 * Must be cheap and never block: it runs once per datagram.
 */
@FunctionalInterface
public interface ArrivalListener {
    /**
     * @param slot   the node's membership slot ({@link NodeView#slot()}): a key for per-node arrays; reused by
     *               another node once this one is forgotten, so keep the id beside it
     * @param nodeId the node
     */
    void onArrival(int slot, String nodeId, long wallMillis);
}
