package dev.pulsegrid.cluster;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 socket address as one long: a presence bit, the 32-bit address and the 16-bit port. A
 * node's last sender held as an InetSocketAddress costs four JDK objects (~96 bytes); at 100,000
 * nodes that was a tenth of the heap a node costs. Addresses that do not pack (IPv6, unresolved)
 * pack to {@link #NONE} and are kept as objects by whoever holds them.
 *
 * <p>Layout: bit 48 set when present, bits 16-47 the address (big-endian order, as on the wire),
 * bits 0-15 the port.
 */
public final class PackedAddress {
    /** No address, or one that does not pack. */
    public static final long NONE = 0L;
    private static final long PRESENT = 1L << 48;

    private PackedAddress() {
    }

    /** The packed form of an IPv4 address with its port, or {@link #NONE} for null, IPv6 and unresolved. */
    public static long pack(InetSocketAddress a) {
        if (a == null) {
            return NONE;
        }
        InetAddress ip = a.getAddress();
        if (!(ip instanceof Inet4Address)) {
            return NONE;
        }
        byte[] b = ip.getAddress();
        long bits = (b[0] & 0xffL) << 24 | (b[1] & 0xffL) << 16 | (b[2] & 0xffL) << 8 | (b[3] & 0xffL);
        return PRESENT | bits << 16 | a.getPort();
    }

    public static boolean present(long packed) {
        return (packed & PRESENT) != 0;
    }

    /** A new InetSocketAddress equal to the one packed, or null for {@link #NONE}. */
    public static InetSocketAddress unpack(long packed) {
        if (!present(packed)) {
            return null;
        }
        long ip = packed >>> 16;
        byte[] b = {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip};
        try {
            return new InetSocketAddress(InetAddress.getByAddress(b), port(packed));
        } catch (UnknownHostException e) {
            throw new AssertionError("four bytes are always an IPv4 address", e);
        }
    }

    /**
     * The address held as a pair: {@code packed}, or {@code unpacked} when it did not pack (as NodeRecord,
     * NodeView and MembershipEvent keep it); a new object for a packed one, null when neither holds one.
     */
    public static InetSocketAddress unpack(long packed, InetSocketAddress unpacked) {
        return unpacked != null ? unpacked : unpack(packed);
    }

    /** The text ("10.0.0.1:7946") of the address held as such a pair, or null when neither holds one. */
    public static String text(long packed, InetSocketAddress unpacked) {
        if (unpacked != null) {
            return AddressText.of(unpacked);
        }
        return present(packed) ? text(packed) : null;
    }

    public static int port(long packed) {
        return (int) (packed & 0xffff);
    }

    /** "10.0.0.1:7946", as {@link AddressText} writes an unpacked one, without building the address. */
    public static String text(long packed) {
        long ip = packed >>> 16;
        return new StringBuilder(21).append(ip >>> 24 & 0xff).append('.').append(ip >>> 16 & 0xff).append('.')
                .append(ip >>> 8 & 0xff).append('.').append(ip & 0xff).append(':').append(port(packed)).toString();
    }
}
