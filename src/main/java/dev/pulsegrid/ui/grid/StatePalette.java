package dev.pulsegrid.ui.grid;

/**
 * Colours per cell state from the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies), as ARGB ints for the pixel buffer. Colour is never the only cue: every state also
 * has its own glyph ({@link CellStamps}).
 */
public record StatePalette(int background, int foreground, int[] stateColours, int drainedMix) {

    // Okabe & Ito 2008: bluish green, orange, vermillion, reddish purple; grey for the neutral LEFT.
    private static final int[] OKABE_ITO = {0xFF009E73, 0xFFE69F00, 0xFFD55E00, 0xFF999999, 0xFFCC79A7};

    public static final StatePalette DARK = new StatePalette(0xFF1C1E24, 0xFFE6E6E6, OKABE_ITO, 30);
    public static final StatePalette LIGHT = new StatePalette(0xFFF7F7F5, 0xFF202020, OKABE_ITO, 30);

    public int colour(CellState s) {
        return stateColours[s.ordinal()];
    }

    /** The state colour faded towards the background: the drained part of a cell. */
    public int drained(CellState s) {
        return mix(stateColours[s.ordinal()], background, drainedMix);
    }

    /** Web form ("#009e73") for CSS and Canvas text. */
    public String web(CellState s) {
        return String.format("#%06x", stateColours[s.ordinal()] & 0xFFFFFF);
    }

    /** Blends {@code a} into {@code b}: percentA of a, the rest of b; alpha opaque. */
    public static int mix(int a, int b, int percentA) {
        int r = (((a >> 16) & 0xFF) * percentA + ((b >> 16) & 0xFF) * (100 - percentA)) / 100;
        int g = (((a >> 8) & 0xFF) * percentA + ((b >> 8) & 0xFF) * (100 - percentA)) / 100;
        int bl = ((a & 0xFF) * percentA + (b & 0xFF) * (100 - percentA)) / 100;
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
