package dev.pulsegrid.ui.grid;

/** The cell pitches the grid offers, from 4 px (100,000 nodes on one screen) to labelled tiles. */
public final class Zoom {
    static final int[] PITCHES = {4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128};
    public static final int MIN = PITCHES[0];
    public static final int MAX = PITCHES[PITCHES.length - 1];
    /** Auto-fit stops here: big enough to label, small enough to keep a few hundred nodes on screen. */
    static final int FIT_MAX = 96;

    private Zoom() {
    }

    /** Next pitch up (steps > 0) or down (steps < 0) from the current one, clamped. */
    public static int step(int current, int steps) {
        int i = 0;
        while (i < PITCHES.length - 1 && PITCHES[i] < current) {
            i++;
        }
        if (PITCHES[i] > current && steps > 0) {
            i--; // between two levels: the first step up lands on the next one
        }
        return PITCHES[Math.max(0, Math.min(PITCHES.length - 1, i + steps))];
    }

    /**
     * The largest pitch at which all sections fit in the viewport without scrolling, or the smallest
     * pitch when even that overflows.
     */
    public static int fit(double width, double height, int headerHeight, int[] sectionSizes) {
        for (int i = PITCHES.length - 1; i >= 0; i--) {
            if (PITCHES[i] > FIT_MAX) {
                continue;
            }
            if (GridLayout.of(width, PITCHES[i], headerHeight, sectionSizes).contentHeight() <= height) {
                return PITCHES[i];
            }
        }
        return MIN;
    }
}
