package dev.pulsegrid.ui.grid;

/**
 * Pre-rendered ARGB pixel squares, one per (state, heartbeat-age level) at the current cell size,
 * copied into the grid's pixel buffer. Each state has its own shape so it reads without colour,
 * down to 3 px: ALIVE a filled square, SUSPECT a hollow square, DEAD a cross, LEFT a centre dot,
 * MISSING a plus. The "level" is how much of the heartbeat budget is left (full right after a
 * heartbeat, empty at dead-after): small cells drain their fill from the top, tiles drain a bar.
 */
public final class CellStamps {
    /** From this size on a cell is a tile: tinted face, glyph in the corner, age bar, label. */
    public static final int TILE_SIZE = 20;

    private final int size;
    private final int levels;
    private final int[][] stamps; // [(state * (levels + 1) + level) * 4 + flash * 2 + flapping] -> size*size pixels

    public CellStamps(int size, StatePalette palette) {
        this.size = size;
        this.levels = levelsFor(size);
        int states = CellState.values().length;
        stamps = new int[states * (levels + 1) * 4][];
        for (CellState s : CellState.values()) {
            for (int level = 0; level <= levels; level++) {
                int at = (s.ordinal() * (levels + 1) + level) * 4;
                int[] plain = render(s, level, palette);
                int[] flapped = flapMarked(plain, palette);
                stamps[at] = plain;
                stamps[at + 1] = flapped;
                stamps[at + 2] = flashed(plain, palette);
                stamps[at + 3] = flashed(flapped, palette);
            }
        }
    }

    /**
     * When, on the membership clock, a cell drawn at {@code level} drops to the next lower level: the
     * silence at which {@link #level} first gives {@code level - 1} is
     * {@code deadAfter * (levels - level + 1) / levels}. Long.MAX_VALUE when it never drops (level 0,
     * or no dead-after). Lets the grid skip a cell until then instead of recomputing it every frame.
     */
    public static long nextLevelChange(long lastHeardNanos, long deadAfterNanos, int level, int levels) {
        if (level <= 0 || deadAfterNanos <= 0) {
            return Long.MAX_VALUE;
        }
        long steps = levels - Math.min(level, levels) + 1;
        // deadAfter * steps / levels, rounded up, without overflowing for long dead-afters
        long silence = deadAfterNanos / levels * steps + (deadAfterNanos % levels * steps + levels - 1) / levels;
        return lastHeardNanos + silence;
    }

    /**
     * How many distinct fill heights a cell of this size can show. At most 8: a node heartbeating
     * at 1 Hz against a 10 s dead-after then stays full between heartbeats (0.9 × 8 rounds up to 8),
     * so cells move only when a node is really late, and a calm cluster costs no repaints.
     */
    public static int levelsFor(int size) {
        return Math.max(1, Math.min(size, 8));
    }

    /** Level for a suspicion in [0, 1]: levels when fresh, 0 at or past dead-after. */
    public static int level(double suspicion, int levels) {
        if (!(suspicion > 0)) {
            return levels;
        }
        if (suspicion >= 1) {
            return 0;
        }
        return (int) Math.ceil((1 - suspicion) * levels);
    }

    public int size() {
        return size;
    }

    public int levels() {
        return levels;
    }

    public int[] stamp(CellState s, int level) {
        return stamp(s, level, false);
    }

    public int[] stamp(CellState s, int level, boolean flapping) {
        return stamp(s, level, flapping, false);
    }

    public int[] stamp(CellState s, int level, boolean flapping, boolean flash) {
        return stamps[(s.ordinal() * (levels + 1) + level) * 4 + (flash ? 2 : 0) + (flapping ? 1 : 0)];
    }

    /** Width of the ring a transition flashes around its cell: 1 px, 2 px from 16 px (clear of a tile's glyph at 3 px). */
    public static int flashWidth(int size) {
        return Math.max(1, Math.min(2, size / 8));
    }

    /**
     * A cell that just changed state: the same picture inside a ring in the foreground colour, so the
     * change catches the eye once (at 4 px the ring leaves the 2x2 centre in the state's colour).
     */
    private int[] flashed(int[] picture, StatePalette p) {
        int[] px = picture.clone();
        int w = flashWidth(size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (x < w || y < w || x >= size - w || y >= size - w) {
                    px[y * size + x] = p.foreground();
                }
            }
        }
        return px;
    }

    /**
     * A flapping node keeps its state's shape and gets a corner triangle in the foreground colour
     * (from 5 px; below that there is no room that would not hide the shape).
     */
    private int[] flapMarked(int[] plain, StatePalette p) {
        int[] px = plain.clone();
        if (size < 5) {
            return px;
        }
        int t = Math.max(2, Math.min(10, size / 3));
        for (int y = 0; y < t; y++) {
            for (int x = size - t + y; x < size; x++) {
                px[y * size + x] = p.foreground();
            }
        }
        return px;
    }

    private int[] render(CellState s, int level, StatePalette p) {
        int[] px = new int[size * size];
        int solid = p.colour(s);
        int faded = p.drained(s);
        boolean tile = size >= TILE_SIZE;
        if (tile) {
            java.util.Arrays.fill(px, StatePalette.mix(solid, p.background(), 18));
            int g = Math.min(14, size / 3);
            paintGlyph(px, s, 3, 3, g, solid, p.background(), level, levels, false);
            int bar = Math.max(2, size / 10);
            int filled = (int) Math.round((double) level / levels * size);
            for (int y = size - bar; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    px[y * size + x] = x < filled ? solid : faded;
                }
            }
        } else {
            java.util.Arrays.fill(px, p.background());
            paintGlyph(px, s, 0, 0, size, solid, faded, level, levels, true);
        }
        return px;
    }

    /** Draws the state's shape in a g×g box at (ox, oy); with {@code drain}, rows above the level are faded. */
    private void paintGlyph(int[] px, CellState s, int ox, int oy, int g, int solid, int faded,
                            int level, int levels, boolean drain) {
        int w = Math.max(1, g / 6);            // stroke width
        int c2 = g - 1;                        // twice the centre, to stay in integers
        int filledFrom = g - (int) Math.round((double) level / levels * g); // first solid row
        for (int y = 0; y < g; y++) {
            for (int x = 0; x < g; x++) {
                boolean on;
                boolean fadedPixel = false;
                switch (s) {
                    case ALIVE -> {
                        on = true;
                        fadedPixel = drain && y < filledFrom;
                    }
                    case SUSPECT -> {
                        boolean edge = x < w || y < w || x >= g - w || y >= g - w;
                        on = edge || drain && g >= 6 && y >= filledFrom;
                        fadedPixel = !edge;
                    }
                    case DEAD -> on = Math.abs(x - y) * 2 <= w || Math.abs(x + y - c2) * 2 <= w;
                    case LEFT -> {
                        int dx = 2 * x - c2;
                        int dy = 2 * y - c2;
                        int r = Math.max(1, g / 4);
                        on = dx * dx + dy * dy < 4 * r * r; // strict: at 3 px only the centre, never a plus
                    }
                    default -> on = Math.abs(2 * x - c2) <= w || Math.abs(2 * y - c2) <= w; // MISSING: plus
                }
                if (on) {
                    px[(oy + y) * size + ox + x] = fadedPixel ? faded : solid;
                }
            }
        }
    }
}
