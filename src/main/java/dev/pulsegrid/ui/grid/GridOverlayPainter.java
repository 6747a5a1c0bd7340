package dev.pulsegrid.ui.grid;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

/**
 * The text and rings over the pixel grid: section headers with per-state counts, labels on tiles
 * large enough to read, and the hover and selection outlines. Redrawn only when the layout, the
 * scroll position, the hover or the selection changes, so its cost never scales with packets.
 */
final class GridOverlayPainter {
    /** Tiles at least this big carry their node's id. */
    static final int LABEL_SIZE = 36;

    private final Canvas canvas;
    private final Font headerFont = Font.font(null, FontWeight.BOLD, 12);
    private Font labelFont;
    private int labelFontSize;

    GridOverlayPainter(Canvas canvas) {
        this.canvas = canvas;
    }

    void paint(NodeGridView view, GridLayout layout, int top, int drawSize, int selected, int hover) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        StatePalette palette = view.paletteProperty().get();
        Color fg = argb(palette.foreground());
        GridOrder order = view.order();
        if (layout.headerHeight() > 0) {
            g.setFont(headerFont);
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            for (int s = 0; s < layout.sections(); s++) {
                double y = layout.sectionTop(s) - top;
                if (y + layout.headerHeight() < 0 || y > h) {
                    continue;
                }
                g.setFill(fg);
                g.fillText(headerText(order, s), GridLayout.PADDING + 2, y + layout.headerHeight() / 2.0);
            }
        }
        int first = layout.firstVisible(top);
        int last = layout.lastVisible(top + h);
        if (drawSize >= LABEL_SIZE && first >= 0) {
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
        ring(g, layout, top, hover, fg.deriveColor(0, 1, 1, 0.6), 1);
        ring(g, layout, top, selected, fg, 2);
    }

    private static void ring(GraphicsContext g, GridLayout layout, int top, int position, Color c, double width) {
        if (position < 0 || position >= layout.positions()) {
            return;
        }
        double x = layout.cellX(position);
        double y = layout.cellY(position) - top;
        double d = layout.drawSize();
        g.setStroke(c);
        g.setLineWidth(width);
        double inset = width / 2;
        double grow = d < 8 ? 2 : 0; // tiny cells get a ring around them, not over them
        g.strokeRect(x - grow + inset - 0.5, y - grow + inset - 0.5, d + 2 * grow - width + 1, d + 2 * grow - width + 1);
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
