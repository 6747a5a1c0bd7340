package dev.pulsegrid.cluster;

/**
 * Told of every accepted heartbeat, on the membership thread (the journal's arrival history).
 * Must be cheap and never block: it runs once per datagram.
 */
@FunctionalInterface
public interface ArrivalListener {
    void onArrival(String nodeId, long wallMillis);
}
