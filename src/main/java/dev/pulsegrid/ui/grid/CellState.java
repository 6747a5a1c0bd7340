package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeState;

/**
 * What a grid cell shows: the four membership states plus MISSING, a node the inventory expects
 * that has never reported (silence made visible).
 */
public enum CellState {
    ALIVE, SUSPECT, DEAD, LEFT, MISSING;

    private static final CellState[] VALUES = values();

    public static CellState of(NodeState s) {
        return VALUES[s.ordinal()];
    }

    public static CellState ofOrdinal(int i) {
        return VALUES[i];
    }

    /** The glyph shown beside counts and in tooltips: same shape as the cell pattern. */
    public String glyph() {
        return switch (this) {
            case ALIVE -> "\u25A0";   // ■ filled square
            case SUSPECT -> "\u25A1"; // □ hollow square
            case DEAD -> "\u2715";    // ✕ cross
            case LEFT -> "\u00B7";    // · dot
            case MISSING -> "+";
        };
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
