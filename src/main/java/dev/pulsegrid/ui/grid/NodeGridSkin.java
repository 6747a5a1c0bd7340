package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Paints {@link NodeGridView} into one {@code int[]} picture shown through {@link GridTiles} (pixel
 * buffers, which the design notes measured as the way to hold 60 fps at 100,000 cells in software
 * rendering): each pulse {@link CellPainter} copies in from {@link CellStamps} only the cells whose
 * look changed, and only the tiles holding them are handed to JavaFX ({@link TileDirt} decides when).
 * Text (section headers, tile labels) and the hover and selection rings go over it
 * ({@link GridOverlayPainter}), redrawn only when the layout, scroll or selection moves.
 */
final class NodeGridSkin extends SkinBase<NodeGridView> {
    static final int HEADER_HEIGHT = 22;

    private final Pane cells = new Pane();
    private final GridTiles tiles = new GridTiles();
    private final ScrollBar scroll = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final GridOverlayPainter overlayPainter;
    private final GridInput input;

    private int bw;
    private int bh;
    private int[] pixels = new int[0];
    private boolean sized;
    private int paintedLastFrame;
    private GridLayout layout = GridLayout.of(100, Zoom.MIN, 0, 0);
    private CellStamps stamps;
    private final CellPainter painter = new CellPainter();
    private int drawnTop = -1;
    private boolean fullRepaint = true;
    private boolean overlayDirty = true;
    private GridOrder laidOut;
    private int hoverPosition = -1;
    private String tooltipText = "";

    NodeGridSkin(NodeGridView view) {
        super(view);
        scroll.setOrientation(Orientation.VERTICAL);
        // The tiles' pane takes the mouse (by its bounds); everything over it lets the mouse through.
        cells.setManaged(false);
        overlayPainter = new GridOverlayPainter();
        getChildren().add(cells);
        getChildren().addAll(overlayPainter.nodes());
        getChildren().add(scroll);
        input = new GridInput(view, this);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setHideDelay(Duration.millis(100));
        scroll.valueProperty().addListener((o, a, b) -> paint());
        view.paletteProperty().addListener((o, a, b) -> {
            stamps = null;
            fullRepaint = true;
            paint();
        });
        view.pitchProperty().addListener((o, a, b) -> relayout());
        view.orderProperty().addListener((o, a, b) -> relayout());
        cells.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        cells.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverAt(-1, -1));
        cells.addEventHandler(MouseEvent.MOUSE_PRESSED, input::pressed);
        view.addEventHandler(ScrollEvent.SCROLL, input::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, input::keyPressed);
    }

    GridLayout layout() {
        return layout;
    }

    ScrollBar scrollBar() {
        return scroll;
    }

    /** The drawn ARGB pixel at a point of the grid's viewport (for tests reading back the picture). */
    int pixelAt(int x, int y) {
        return x < 0 || y < 0 || x >= bw || y >= bh ? 0 : pixels[y * bw + x];
    }

    /** The ARGB pixel the tiles hand to the screen at a point (trails {@link #pixelAt} by at most a few frames). */
    int shownPixelAt(int x, int y) {
        return tiles.shownPixel(x, y);
    }

    /** Cells painted and tiles handed to JavaFX on the last frame (for the benchmark). */
    int[] lastFrameWork() {
        return new int[] {paintedLastFrame, tiles.lastFlushed()};
    }

    javafx.geometry.Rectangle2D cellBounds(int p) {
        double y = layout.cellY(p) - Math.round(scroll.getValue());
        if (y + layout.drawSize() <= 0 || y >= bh) {
            return null;
        }
        return new javafx.geometry.Rectangle2D(layout.cellX(p), y, layout.drawSize(), layout.drawSize());
    }

    // The ImageView's size is whatever the buffer was last; it must not hold the control open when the
    // window shrinks or a side panel opens, so sizes are the control's own, not its children's.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 60;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 60;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 600;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double sbw = scroll.prefWidth(-1);
        int nw = Math.max(1, (int) Math.floor(w - sbw));
        int nh = Math.max(1, (int) Math.floor(h));
        scroll.resizeRelocate(x + nw, y, sbw, h);
        if (nw != bw || nh != bh) {
            bw = nw;
            bh = nh;
            pixels = new int[bw * bh];
            painter.resize(pixels, bw, bh);
            cells.getChildren().setAll(tiles.resize(bw, bh));
            sized = true;
            relayout();
        }
        cells.resizeRelocate(x, y, bw, bh);
        overlayPainter.resize(x, y, bw, bh);
    }

    /** Pitch, order or size changed: recompute where cells go and repaint everything. */
    void relayout() {
        NodeGridView v = getSkinnable();
        GridOrder order = v.order();
        int header = order.sections() > 1 || !order.label(0).isEmpty() ? HEADER_HEIGHT : 0;
        int pitch = v.getPitchOrAuto(bw, bh, header);
        int oldPitch = layout.pitch();
        layout = GridLayout.of(bw, pitch, header, order.sectionSizes());
        if (stamps == null || stamps.size() != layout.drawSize()) {
            stamps = null;
        }
        laidOut = order;
        scroll.setMax(Math.max(0, layout.contentHeight() - bh));
        scroll.setVisibleAmount(bh);
        scroll.setUnitIncrement(pitch);
        scroll.setBlockIncrement(Math.max(pitch, bh - pitch));
        scroll.setVisible(layout.contentHeight() > bh);
        if (oldPitch != pitch && scroll.getValue() > scroll.getMax()) {
            scroll.setValue(scroll.getMax());
        }
        fullRepaint = true;
        paint();
    }

    void selectionChanged() {
        int p = positionOfSelection();
        if (p >= 0) {
            revealPosition(p);
        }
        overlayDirty = true;
        paint();
    }

    void revealPosition(int p) {
        int y = layout.cellY(p);
        double top = scroll.getValue();
        if (y < top) {
            scroll.setValue(Math.max(0, y - layout.headerHeight() - GridLayout.PADDING));
        } else if (y + layout.pitch() > top + bh) {
            scroll.setValue(Math.min(scroll.getMax(), y + layout.pitch() - bh + GridLayout.PADDING));
        }
    }

    int positionOfSelection() {
        NodeGridView v = getSkinnable();
        return v.selectedEntry() == NodeGridView.NONE ? -1 : v.order().positionOf(v.selectedEntry());
    }

    int positionAt(double x, double y) {
        return layout.positionAt(x, y + Math.round(scroll.getValue()));
    }

    private void hoverAt(double x, double y) {
        int p = x < 0 ? -1 : positionAt(x, y);
        if (p != hoverPosition) {
            hoverPosition = p;
            getSkinnable().hover(p < 0 ? NodeGridView.NONE : laidOut.entry(p));
            overlayDirty = true;
            paint();
        }
    }

    /** One frame: bring the buffer up to date with the snapshot; cheap when nothing changed. */
    void paint() {
        NodeGridView v = getSkinnable();
        if (!sized || laidOut != v.order()) {
            if (sized) {
                relayout();
            }
            return;
        }
        if (stamps == null) {
            stamps = new CellStamps(layout.drawSize(), v.paletteProperty().get());
            painter.setStamps(stamps, v.paletteProperty().get().background());
            fullRepaint = true;
        }
        paintedLastFrame = paintCells(v);
        tiles.flush(pixels);
        if (overlayDirty) {
            overlayDirty = false;
            overlayPainter.paint(v, layout, (int) Math.round(scroll.getValue()), stamps.size(), positionOfSelection(), hoverPosition);
        }
        updateTooltip(v);
    }

    private int paintCells(NodeGridView v) {
        int top = (int) Math.round(scroll.getValue());
        boolean full = fullRepaint || top != drawnTop;
        if (full) {
            fullRepaint = false;
            drawnTop = top;
            overlayDirty = true;
        }
        ClusterSnapshot snap = v.snapshot();
        return painter.paint(layout, top, full, v.order(), snap == null ? NO_NODES : snap.nodes(), v.nowNanos(),
                v.frameNanos(), v.flappingSlots(), tiles.dirt());
    }

    private static final NodeView[] NO_NODES = new NodeView[0];

    private void updateTooltip(NodeGridView v) {
        String text = hoverPosition < 0 || hoverPosition >= laidOut.size()
                ? "" : CellDescription.of(v, laidOut.entry(hoverPosition));
        if (!text.equals(tooltipText)) {
            // An empty tooltip would still pop up as a blank box: only install it over a cell.
            if (text.isEmpty()) {
                Tooltip.uninstall(cells, tooltip);
            } else if (tooltipText.isEmpty()) {
                Tooltip.install(cells, tooltip);
            }
            tooltipText = text;
            tooltip.setText(text);
        }
    }

    GridOverlayPainter overlay() {
        return overlayPainter;
    }

    String tooltipText() {
        return tooltipText;
    }
}
