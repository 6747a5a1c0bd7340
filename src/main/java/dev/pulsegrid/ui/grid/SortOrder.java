package dev.pulsegrid.ui.grid;

/** How cells are ordered inside each section. */
public enum SortOrder {
    /** Order of first appearance: cells never move, the calmest view. */
    FIRST_SEEN("First seen", false),
    NAME("Name", false),
    /** Worst first: DEAD, SUSPECT, MISSING, LEFT, ALIVE. */
    STATE("State", true),
    /** Longest silence first. */
    SILENCE("Silence", true),
    /** Closest to its dead-after threshold first. */
    SUSPICION("Suspicion", true);

    private final String label;
    private final boolean live;

    SortOrder(String label, boolean live) {
        this.label = label;
        this.live = live;
    }

    /** Whether the order changes as time passes or states change (then the grid re-sorts now and then). */
    public boolean live() {
        return live;
    }

    /** Rank for STATE ordering: lower sorts first. */
    static int severity(CellState s) {
        return switch (s) {
            case DEAD -> 0;
            case SUSPECT -> 1;
            case MISSING -> 2;
            case LEFT -> 3;
            case ALIVE -> 4;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
