package dev.pulsegrid.cluster;

import java.net.InetSocketAddress;

/**
 * A node's address history, and its address when that is not IPv4, kept apart from
 * {@link NodeRecord} because few nodes ever change address or send from IPv6: 28 bytes saved on
 * each of 100,000 records. Membership thread only.
 */
final class AddressTrail {
    /** The node's current address when it does not pack into NodeRecord.address (IPv6, unresolved); else null. */
    InetSocketAddress unpackedAddress;
    /** Address heard before the latest change, and when; lets a flip-flop be told from a move. */
    InetSocketAddress previousAddress;
    long addressChangedNanos;
    /** A second address heartbeating as this node at the same time; null when none. */
    InetSocketAddress conflictAddress;
    long conflictHeardNanos;
}
