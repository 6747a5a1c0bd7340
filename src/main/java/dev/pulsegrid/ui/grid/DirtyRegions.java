package dev.pulsegrid.ui.grid;

/**
 * How many separate rectangles JavaFX may repaint per frame. Its default, 6, merges the grid's
 * scattered changed tiles (a transition here, one there, plus the band of age-fill changes) into a
 * few bounding boxes that cover most of the window, so a frame with seven changed cells repainted
 * nearly all 1.6 million pixels in the software pipeline. 15 is the most Prism accepts. Must be set
 * before the JavaFX toolkit starts; an explicit {@code -Dprism.dirtyregioncount} wins.
 */
public final class DirtyRegions {
    /** The most separate dirty rectangles Prism keeps (it clamps higher values to this). */
    public static final int MOST = 15;

    private DirtyRegions() {
    }

    /** Call before the toolkit starts (Application.launch or Platform.startup). */
    public static void allowMost() {
        if (System.getProperty("prism.dirtyregioncount") == null) {
            System.setProperty("prism.dirtyregioncount", Integer.toString(MOST));
        }
    }
}
