package dev.pulsegrid.cluster;

import java.net.InetSocketAddress;

/**
 * A node's address history, kept apart from {@link NodeRecord} because few nodes ever change
 * address: 24 bytes saved on each of 100,000 records. Membership thread only.
 */
final class AddressTrail {
    /** Address heard before the latest change, and when; lets a flip-flop be told from a move. */
    InetSocketAddress previousAddress;
    long addressChangedNanos;
    /** A second address heartbeating as this node at the same time; null when none. */
    InetSocketAddress conflictAddress;
    long conflictHeardNanos;
}
