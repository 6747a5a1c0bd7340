package dev.pulsegrid.cluster;

/**
 * Receives membership events on the membership thread, in order. Implementations must not block:
 * hand the event to a queue of your own if the work is slow (I/O, processes, network).
 */
@FunctionalInterface
public interface MembershipListener {
    void onEvent(MembershipEvent event);
}
