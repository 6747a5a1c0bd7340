package dev.pulsegrid.ui.grid;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The text and rings over the pixel grid: section headers with per-state counts, labels on tiles
 * large enough to read, and the hover and selection outlines. Redrawn only when the layout, the
 * scroll position, the hover or the selection changes, so its cost never scales with packets.
 *
 * <p>Headers are a few {@link Text} nodes and the rings two small {@link Rectangle}s, not a
 * transparent canvas the size of the grid: in the software pipeline such a canvas is blended over
 * every tile the grid repaints (a quarter of the render thread's time at 100,000 nodes). The label
 * canvas is shown only while tiles are big enough to carry labels.
 */
final class GridOverlayPainter {
    /** Tiles at least this big carry their node's id. */
    static final int LABEL_SIZE = 36;

    private final Canvas labels = new Canvas();
    private final Pane layer = new Pane();
    private final List<Text> headers = new ArrayList<>();
    private final Rectangle hoverRing = ring();
    private final Rectangle selectionRing = ring();
    private final Font headerFont = Font.font(null, FontWeight.BOLD, 12);
    private Font labelFont;
    private int labelFontSize;
    private boolean labelsDrawn;

    GridOverlayPainter() {
        labels.setMouseTransparent(true);
        labels.setVisible(false);
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        layer.getChildren().addAll(hoverRing, selectionRing);
    }

    /** What goes over the grid's picture, bottom first. */
    List<Node> nodes() {
        return List.of(labels, layer);
    }

    void resize(double x, double y, int w, int h) {
        labels.setWidth(w);
        labels.setHeight(h);
        labels.relocate(x, y);
        layer.resizeRelocate(x, y, w, h);
        labelsDrawn = true; // the resized canvas must be cleared or hidden on the next paint
    }

    void paint(NodeGridView view, GridLayout layout, int top, int drawSize, int selected, int hover) {
        double h = labels.getHeight();
        StatePalette palette = view.paletteProperty().get();
        Color fg = argb(palette.foreground());
        GridOrder order = view.order();
        int shownHeaders = 0;
        if (layout.headerHeight() > 0) {
            for (int s = 0; s < layout.sections(); s++) {
                double y = layout.sectionTop(s) - top;
                if (y + layout.headerHeight() < 0 || y > h) {
                    continue;
                }
                Text t = header(shownHeaders++);
                t.setText(headerText(order, s));
                t.setFill(fg);
                t.relocate(GridLayout.PADDING + 2, y + (layout.headerHeight() - t.getLayoutBounds().getHeight()) / 2.0);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            headers.get(i).setVisible(i < shownHeaders);
        }
        paintLabels(view, layout, top, drawSize, fg);
        place(hoverRing, layout, top, hover, fg.deriveColor(0, 1, 1, 0.6), 1);
        place(selectionRing, layout, top, selected, fg, 2);
    }

    private void paintLabels(NodeGridView view, GridLayout layout, int top, int drawSize, Color fg) {
        double h = labels.getHeight();
        int first = layout.firstVisible(top);
        int last = layout.lastVisible(top + h);
        boolean draw = drawSize >= LABEL_SIZE && first >= 0;
        if (!draw && !labelsDrawn) {
            return;
        }
        GraphicsContext g = labels.getGraphicsContext2D();
        g.clearRect(0, 0, labels.getWidth(), h);
        labelsDrawn = draw;
        labels.setVisible(draw);
        if (!draw) {
            return;
        }
        GridOrder order = view.order();
        int size = Math.max(9, Math.min(13, drawSize / 6));
        if (size != labelFontSize) {
            labelFontSize = size;
            labelFont = Font.font(size);
        }
        g.setFont(labelFont);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(fg);
        int textTop = 3 + Math.min(14, drawSize / 3) + 3;
        for (int p = first; p <= last; p++) {
            String id = view.idOf(order.entry(p));
            if (id != null) {
                double x = layout.cellX(p) + 3;
                double y = layout.cellY(p) - top + textTop;
                g.fillText(id, x, y, drawSize - 6);
            }
        }
    }

    private Text header(int i) {
        while (headers.size() <= i) {
            Text t = new Text();
            t.setFont(headerFont);
            t.setTextOrigin(VPos.TOP);
            t.getStyleClass().add("grid-header");
            headers.add(t);
            layer.getChildren().add(0, t);
        }
        return headers.get(i);
    }

    private static Rectangle ring() {
        Rectangle r = new Rectangle();
        r.setFill(null);
        r.setVisible(false);
        return r;
    }

    private static void place(Rectangle r, GridLayout layout, int top, int position, Color c, double width) {
        if (position < 0 || position >= layout.positions()) {
            r.setVisible(false);
            return;
        }
        double x = layout.cellX(position);
        double y = layout.cellY(position) - top;
        double d = layout.drawSize();
        double inset = width / 2;
        double grow = d < 8 ? 2 : 0; // tiny cells get a ring around them, not over them
        r.setX(x - grow + inset - 0.5);
        r.setY(y - grow + inset - 0.5);
        r.setWidth(d + 2 * grow - width + 1);
        r.setHeight(d + 2 * grow - width + 1);
        r.setStroke(c);
        r.setStrokeWidth(width);
        r.setVisible(true);
    }

    /** The strokes a ring would show now (for tests): null when hidden. */
    Rectangle selectionRing() {
        return selectionRing.isVisible() ? selectionRing : null;
    }

    boolean labelsShown() {
        return labels.isVisible();
    }

    List<String> headersShown() {
        List<String> out = new ArrayList<>();
        for (Text t : headers) {
            if (t.isVisible()) {
                out.add(t.getText());
            }
        }
        return out;
    }

    static String headerText(GridOrder order, int s) {
        StringBuilder b = new StringBuilder(order.label(s)).append("  (").append(order.sectionSizes()[s]).append(")");
        for (CellState st : CellState.values()) {
            int n = order.count(s, st);
            if (n > 0) {
                b.append("   ").append(st.glyph()).append(' ').append(n);
            }
        }
        return b.toString();
    }

    static Color argb(int c) {
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }
}
