package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeView;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Brings the grid's {@code int[]} pixel buffer up to date, touching only cells whose look changed.
 * Per visible position it remembers the NodeView it drew and when that picture next goes stale
 * (the heartbeat-age fill dropping a level, found by arithmetic, or a flash ending), so a frame
 * costs a few array reads per visible cell and a stamp copy per changed cell; a calm cluster
 * repaints nothing. A cell whose node changed state flashes a ring once, for {@link #FLASH_NANOS}
 * of the frame clock (real time, so the flash plays out even while membership time stands still).
 */
final class CellPainter {
    /** How long a transition's ring shows. */
    static final long FLASH_NANOS = 400_000_000L;
    /** A state change older than this (membership clock) when first seen drawn is not flashed: scrolled in later. */
    static final long RECENT_NANOS = 2_000_000_000L;
    static final int EMPTY_KEY = 0x7FFF_FFFF;
    static final int FLAP_BIT = 1 << 8;
    static final int FLASH_BIT = 1 << 9;
    static final int STATE_BITS = 7;
    private static final long ALWAYS = Long.MIN_VALUE;

    private int[] pixels = new int[0];
    private int bw;
    private int bh;
    private CellStamps stamps;
    private int background;
    // by visible position (p - first)
    private int[] drawnKeys = new int[0];
    private NodeView[] drawnViews = new NodeView[0];
    private long[] recheckAt = new long[0];
    // by snapshot slot: the state last drawn (ordinal + 1, 0 = never drawn) and the frame time its flash ends
    private byte[] lastState = new byte[0];
    private long[] flashUntil = new long[0];
    private BitSet drawnFlapping;

    void resize(int[] pixels, int bw, int bh) {
        this.pixels = pixels;
        this.bw = bw;
        this.bh = bh;
    }

    void setStamps(CellStamps stamps, int background) {
        this.stamps = stamps;
        this.background = background;
    }

    /**
     * Paints the visible cells of one frame and marks the tiles they fall in: urgent when the cell's
     * state or flash changed or it was not drawn before, deferred when only its age fill or flapping
     * mark moved. Returns how many cells it painted.
     *
     * @param top      scroll offset in px
     * @param full     the buffer was cleared (scroll, layout or palette change): draw every visible cell
     * @param now      membership clock (heartbeat ages)
     * @param frameNow frame clock (flash duration)
     */
    int paint(GridLayout layout, int top, boolean full, GridOrder order, NodeView[] nodes, long now,
              long frameNow, BitSet flapping, TileDirt dirt) {
        int first = layout.firstVisible(top);
        int last = layout.lastVisible(top + bh);
        int span = first < 0 ? 0 : last - first + 1;
        if (drawnKeys.length < span) {
            drawnKeys = new int[span];
            drawnViews = new NodeView[span];
            recheckAt = new long[span];
            full = true;
        }
        if (full) {
            Arrays.fill(pixels, background);
            Arrays.fill(drawnKeys, -1);
            dirt.markAll();
        }
        if (lastState.length < nodes.length) {
            lastState = Arrays.copyOf(lastState, Math.max(nodes.length, lastState.length * 2));
            flashUntil = Arrays.copyOf(flashUntil, lastState.length);
        }
        boolean flapChanged = flapping != drawnFlapping;
        drawnFlapping = flapping;
        int painted = 0;
        int d = stamps.size();
        int cols = layout.columns();
        int pitch = layout.pitch();
        int lastSection = span == 0 ? -1 : layout.sectionOf(last);
        for (int s = span == 0 ? 0 : layout.sectionOf(first); s <= lastSection; s++) {
            int start = layout.sectionStart(s);
            int from = Math.max(first, start);
            int to = Math.min(last, start + layout.sectionSize(s) - 1);
            int cellsTop = layout.sectionTop(s) + layout.headerHeight() - top;
            for (int p = from; p <= to; p++) {
                int i = p - first;
                int entry = order.entry(p);
                NodeView n = entry >= 0 && entry < nodes.length ? nodes[entry] : null;
                if (!full && !flapChanged && n == drawnViews[i] && now < recheckAt[i]) {
                    continue;
                }
                drawnViews[i] = n;
                int key = key(entry, n, now, frameNow, flapping, i);
                int before = drawnKeys[i];
                if (before == key) {
                    continue;
                }
                drawnKeys[i] = key;
                int local = p - start;
                int x = GridLayout.PADDING + (local % cols) * pitch;
                int y = cellsTop + (local / cols) * pitch;
                blit(key, x, y);
                painted++;
                if (!full) {
                    dirt.mark(x, y, d, d, isNews(before, key));
                }
            }
        }
        return painted;
    }

    /**
     * Whether a cell's new look must reach the screen this very frame: its state or flash ring changed,
     * or it was not drawn before. A heartbeat-age fill dropping a level or a flapping mark may wait a
     * few frames.
     */
    static boolean isNews(int before, int key) {
        return before < 0 || ((before ^ key) & (STATE_BITS | FLASH_BIT)) != 0;
    }

    /** The cell's look as an int (state bits 0-2, age level 3-7, flap 8, flash 9); sets when to look again. */
    private int key(int entry, NodeView n, long now, long frameNow, BitSet flapping, int i) {
        recheckAt[i] = Long.MAX_VALUE;
        if (entry < 0) {
            return CellState.MISSING.ordinal();
        }
        if (n == null) {
            lastState[entry] = 0; // forgotten: a node that takes the slot later is news, not a change
            return EMPTY_KEY;
        }
        CellState s = CellState.of(n.state());
        int levels = stamps.levels();
        int level = 0;
        if (s == CellState.ALIVE || s == CellState.SUSPECT) {
            level = CellStamps.level(n.suspicion(now), levels);
            recheckAt[i] = Math.max(now + 1, CellStamps.nextLevelChange(n.lastHeardNanos(), n.deadAfterNanos(), level, levels));
        }
        byte drawn = (byte) (s.ordinal() + 1);
        byte before = lastState[entry];
        lastState[entry] = drawn;
        if (before != 0 && before != drawn && now - n.stateSinceNanos() < RECENT_NANOS) {
            flashUntil[entry] = frameNow + FLASH_NANOS;
        }
        int key = s.ordinal() | level << 3 | (flapping.get(entry) ? FLAP_BIT : 0);
        if (frameNow < flashUntil[entry]) {
            recheckAt[i] = ALWAYS; // a ring on screen: look every frame until it ends
            key |= FLASH_BIT;
        }
        return key;
    }

    /** Which slots' cells wear the flash ring now (for tests and the benchmark). */
    boolean flashing(int entry, long frameNow) {
        return entry >= 0 && entry < flashUntil.length && frameNow < flashUntil[entry];
    }

    private void blit(int key, int x, int y) {
        int d = stamps.size();
        int[] stamp = key == EMPTY_KEY ? null : stamps.stamp(CellState.ofOrdinal(key & 7), (key >>> 3) & 0x1F,
                (key & FLAP_BIT) != 0, (key & FLASH_BIT) != 0);
        int x0 = Math.max(0, -x);
        int x1 = Math.min(d, bw - x);
        if (x1 <= x0) {
            return;
        }
        for (int r = Math.max(0, -y); r < d && y + r < bh; r++) {
            int dst = (y + r) * bw + x;
            if (stamp == null) {
                Arrays.fill(pixels, dst + x0, dst + x1, background);
            } else if (x1 - x0 <= 8) {
                // 4-8 px cells: a plain loop beats arraycopy's call overhead
                for (int k = x0, src = r * d; k < x1; k++) {
                    pixels[dst + k] = stamp[src + k];
                }
            } else {
                System.arraycopy(stamp, r * d + x0, pixels, dst + x0, x1 - x0);
            }
        }
    }
}
