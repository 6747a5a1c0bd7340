package dev.pulsegrid.cluster.gossip;

import dev.pulsegrid.protocol.GossipStatus;
import java.net.InetSocketAddress;

/** One row of the heartbeat-counter table. Mutable, touched only by the table's owner thread. */
final class GossipRecord {
    final String id;
    long incarnation;
    long counter;
    InetSocketAddress address;
    /** Local time the (incarnation, counter) pair last grew: the freshness T_fail is measured from. */
    long lastIncreasedNanos;
    /** Who told us the current counter: null when heard from the member itself. */
    String heardVia;
    /** Membership's latest verdict (ALIVE or SUSPECT; DEAD and LEFT are kept in the flags below). */
    GossipStatus verdict = GossipStatus.ALIVE;
    boolean failed;
    boolean left;
    /** Counter value last put into one of our digests: the gap to {@link #counter} is what we have not passed on. */
    long sentCounter = -1;
    long sentIncarnation = -1;
    /** The member's labels as last heard (from itself, or relayed in an entry-metadata section). */
    java.util.Map<String, String> meta = java.util.Map.of();
    long metaIncarnation = -1;
    /** Digests left that carry {@link #meta}: it travels only while it is news. */
    int metaRetransmits;
    /** Rounds of priority push left for news about this member. */
    int retransmits;
    /** Local time the member's own datagram last arrived (not relayed); MIN_VALUE / 2 when never. */
    long lastDirectNanos = Long.MIN_VALUE / 2;
    /** Direct datagrams in a row, each within {@link Watchers#SILENT_ROUNDS} of the last: its stream to us. */
    int directRun;
    /** The member's own gossip interval (its header's hint), 0 when unknown: a watcher counts its rounds in it. */
    long intervalNanos;
    /** {@link Watchers#score} of this member as a watcher of the table's owner: the highest few watch us. */
    long watchScore;

    GossipRecord(String id) {
        this.id = id;
    }

    GossipStatus status() {
        if (left) {
            return GossipStatus.LEFT;
        }
        if (failed || verdict == GossipStatus.DEAD) {
            return GossipStatus.DEAD;
        }
        return verdict;
    }

    boolean live() {
        return !failed && !left;
    }

    /** Lexicographic (incarnation, counter): a new incarnation beats any counter of an older one. */
    int compareTo(long otherIncarnation, long otherCounter) {
        if (incarnation != otherIncarnation) {
            return Long.compare(incarnation, otherIncarnation);
        }
        return Long.compare(counter, otherCounter);
    }

    /** What is new since we last gossiped this row: a new incarnation counts as very new. */
    long unsentGrowth() {
        if (incarnation != sentIncarnation) {
            return Long.MAX_VALUE / 2;
        }
        return counter - sentCounter;
    }
}
