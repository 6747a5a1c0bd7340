package dev.pulsegrid.replay;

import java.util.Arrays;

/**
 * One node's recent arrivals (wall ms), oldest first, in a circular byte array: the oldest arrival
 * and the gap before it are kept as numbers, every later arrival as the change of its gap from the
 * gap before (a second difference) in zig-zag varint form. Heartbeats come at a steady interval,
 * so that change is the jitter: within 64 ms it takes 1 byte, within 8 s 2 bytes. Exact: what goes
 * in comes out to the millisecond, in order, including a wall clock that stepped back. An arrival
 * {@link #FAR} or more from the one before (12 days: a clock jump, or a node back after so long)
 * starts the ring afresh, so gaps fit an int; what it drops is outside any preview's horizon.
 *
 * <p>Small on purpose, one per node: positions are {@code char}s, so a ring holds at most
 * {@link #MAX_BYTES} bytes and {@link #MAX_ARRIVALS} arrivals.
 *
 * <p>Not thread-safe: {@link ArrivalHistory} locks each ring.
 */
final class ArrivalRing {
    static final long FAR = 1L << 30;
    /** Whose arrivals these are: ArrivalHistory keys rings by membership slot, and a slot outlives its node. */
    final String node;
    static final int MAX_BYTES = Character.MAX_VALUE;
    static final int MAX_ARRIVALS = Character.MAX_VALUE;
    private byte[] buf;
    /** Index of the oldest encoded byte. */
    private char head;
    /** Encoded bytes held. */
    private char used;
    /** Arrivals held: the oldest, plus one per encoded varint. */
    private char size;
    private long first;
    private long last;
    /** The gaps into the oldest and the newest arrival (0 for a fresh ring's first). */
    private int firstGap;
    private int lastGap;

    ArrivalRing(String node, int capacity) {
        this.node = node;
        this.buf = new byte[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return buf.length;
    }

    int used() {
        return used;
    }

    int free() {
        return buf.length - used;
    }

    /** The oldest arrival held; only meaningful when {@link #size()} > 0. */
    long oldest() {
        return first;
    }

    /** The newest arrival held; only meaningful when {@link #size()} > 0. */
    long newest() {
        return last;
    }

    /** Bytes {@code r} needs to take an arrival at {@code ms}. */
    static int bytesFor(ArrivalRing r, long ms) {
        return r.size == 0 || far(r, ms) ? 0 : varintLength(zigzag(ms - r.last - r.lastGap));
    }

    private static boolean far(ArrivalRing r, long ms) {
        return ms - r.last >= FAR || r.last - ms >= FAR;
    }

    /** Appends; the caller has made room ({@link #bytesFor}). */
    void add(long ms) {
        if (size == 0 || far(this, ms)) {
            first = ms;
            last = ms;
            firstGap = 0;
            lastGap = 0;
            size = 1;
            head = 0;
            used = 0;
            return;
        }
        int gap = (int) (ms - last);
        long v = zigzag((long) gap - lastGap);
        int at = head + used;
        if (at >= buf.length) {
            at -= buf.length;
        }
        do {
            byte b = (byte) (v & 0x7F);
            v >>>= 7;
            buf[at] = v == 0 ? b : (byte) (b | 0x80);
            if (++at == buf.length) {
                at = 0;
            }
            used++;
        } while (v != 0);
        last = ms;
        lastGap = gap;
        size++;
    }

    /** Forgets the oldest arrival. */
    void dropOldest() {
        if (size <= 1) {
            size = 0;
            used = 0;
            head = 0;
            return;
        }
        long v = 0;
        int shift = 0;
        byte b;
        do {
            b = buf[head];
            v |= (long) (b & 0x7F) << shift;
            shift += 7;
            head = (char) (head + 1 == buf.length ? 0 : head + 1);
            used--;
        } while (b < 0);
        firstGap += (int) unzigzag(v);
        first += firstGap;
        size--;
    }

    /** Moves the encoded bytes into a larger array (at most {@link #MAX_BYTES}). */
    void grow(int capacity) {
        byte[] bigger = new byte[capacity];
        int tail = Math.min(used, buf.length - head);
        System.arraycopy(buf, head, bigger, 0, tail);
        System.arraycopy(buf, 0, bigger, tail, used - tail);
        buf = bigger;
        head = 0;
    }

    /** The arrivals in (fromExclusive, toInclusive], ascending. */
    long[] copySince(long fromExclusive, long toInclusive) {
        long[] out = new long[size];
        int n = 0;
        boolean sorted = true;
        // Decoded from one straight run of bytes (a wrapped ring is copied straight first): the
        // preview copies every node's history, and a wrap check per byte cost a third of that.
        byte[] b = buf;
        int at = head;
        if (head + used > buf.length) {
            b = new byte[used];
            int tail = buf.length - head;
            System.arraycopy(buf, head, b, 0, tail);
            System.arraycopy(buf, 0, b, tail, used - tail);
            at = 0;
        }
        long t = first;
        long gap = firstGap;
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                long v = b[at++];
                if (v < 0) { // more than one byte: the jitter was 64 ms or more
                    v &= 0x7F;
                    int shift = 7;
                    byte more;
                    do {
                        more = b[at++];
                        v |= (long) (more & 0x7F) << shift;
                        shift += 7;
                    } while (more < 0);
                }
                gap += unzigzag(v);
                t += gap;
            }
            if (t > fromExclusive && t <= toInclusive) {
                sorted &= n == 0 || out[n - 1] <= t;
                out[n++] = t;
            }
        }
        long[] a = n == out.length ? out : Arrays.copyOf(out, n);
        if (!sorted) {
            Arrays.sort(a); // the wall clock stepped back
        }
        return a;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    static int varintLength(long v) {
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }
}
