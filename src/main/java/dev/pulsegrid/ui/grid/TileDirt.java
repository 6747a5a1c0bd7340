package dev.pulsegrid.ui.grid;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Which square tiles of the grid's picture must reach the screen, and when. JavaFX repaints a node
 * whole once its image changes, so the grid is shown as many small tiles (see {@link GridTiles}) and
 * only the tiles holding a changed cell are handed over. A transition (state, flash ring, a cell
 * appearing) is urgent and goes out the same frame; a heartbeat-age fill dropping a level may wait
 * for its row of tiles' turn, at most {@link #TURNS} frames, so the scattered slow changes of a
 * large cluster go out as one band per frame instead of dirtying tiles all over the screen every
 * frame. Pure arithmetic, no JavaFX.
 */
final class TileDirt {
    /** Every deferred change is shown within this many frames (about 0.13 s at 60 fps). */
    static final int TURNS = 8;
    private static final byte CLEAN = 0;
    private static final byte DEFERRED = 1;
    private static final byte URGENT = 2;

    private final int size;
    private final int columns;
    private final int rows;
    private final byte[] state;

    TileDirt(int width, int height, int size) {
        this.size = size;
        this.columns = Math.max(1, (width + size - 1) / size);
        this.rows = Math.max(1, (height + size - 1) / size);
        this.state = new byte[columns * rows];
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    int size() {
        return size;
    }

    /** A rectangle of the picture changed (clipped to the picture); urgent ones go out this frame. */
    void mark(int x, int y, int w, int h, boolean urgent) {
        int c0 = Math.max(0, x / size);
        int r0 = Math.max(0, y / size);
        int c1 = Math.min(columns - 1, (x + w - 1) / size);
        int r1 = Math.min(rows - 1, (y + h - 1) / size);
        if (x + w <= 0 || y + h <= 0) {
            return;
        }
        byte s = urgent ? URGENT : DEFERRED;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int t = r * columns + c;
                if (state[t] < s) {
                    state[t] = s;
                }
            }
        }
    }

    /** Everything changed (scroll, layout, palette): all tiles go out this frame. */
    void markAll() {
        Arrays.fill(state, URGENT);
    }

    /** Rows of tiles that share one turn, so {@link #TURNS} turns cover all rows. */
    static int rowsPerTurn(int rows) {
        return Math.max(1, (rows + TURNS - 1) / TURNS);
    }

    /** Whether frame {@code frame} is the turn of tile row {@code row} to show its deferred changes. */
    static boolean isTurnOf(int row, int rows, long frame) {
        int per = rowsPerTurn(rows);
        int turns = (rows + per - 1) / per;
        return row / per == Math.floorMod(frame, turns);
    }

    /**
     * Hands over the tiles to show on this frame (index {@code row * columns + column}): every urgent
     * one, and the deferred ones whose row has its turn. Returns how many.
     */
    int flush(long frame, IntConsumer tile) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            boolean turn = isTurnOf(r, rows, frame);
            for (int c = 0; c < columns; c++) {
                int t = r * columns + c;
                if (state[t] == URGENT || state[t] == DEFERRED && turn) {
                    state[t] = CLEAN;
                    tile.accept(t);
                    n++;
                }
            }
        }
        return n;
    }
}
