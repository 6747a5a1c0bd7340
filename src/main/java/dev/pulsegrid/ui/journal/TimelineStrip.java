package dev.pulsegrid.ui.journal;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.journal.JournalEvent;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** A strip of per-node state bars over the viewer's time window; redrawn only when its rows change. */
final class TimelineStrip extends Canvas {
    static final double ROW = 12;
    /** Nodes drawn at most; the rest are in the table (the strip is an overview, not a second grid). */
    static final int MAX_ROWS = 12;
    private static final double LABEL = 110;
    private Map<String, List<Timeline.Segment>> rows = Map.of();
    private long from;
    private long to;

    TimelineStrip() {
        super(600, ROW);
        widthProperty().addListener((o, a, b) -> draw());
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double minWidth(double height) {
        return 200;
    }

    @Override
    public double maxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    public double prefWidth(double height) {
        return getWidth();
    }

    @Override
    public double prefHeight(double width) {
        return getHeight();
    }

    @Override
    public void resize(double width, double height) {
        setWidth(width);
    }

    /** Shows the newest transitions' states between {@code fromMillis} and {@code toMillis}. */
    void show(List<JournalEvent> events, long fromMillis, long toMillis) {
        from = fromMillis;
        to = Math.max(toMillis, fromMillis + 1);
        rows = Timeline.segments(events, from, to);
        setHeight(Math.max(1, Math.min(rows.size(), MAX_ROWS)) * ROW);
        draw();
    }

    int nodeRows() {
        return rows.size();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        int visible = (int) (getHeight() / ROW);
        g.setFill(Color.web("#1e2126"));
        g.fillRect(0, 0, w, getHeight());
        g.setFont(Font.font(10));
        double scale = (w - LABEL) / (to - from);
        int row = 0;
        for (Map.Entry<String, List<Timeline.Segment>> e : rows.entrySet()) {
            if (row >= visible) {
                break;
            }
            double y = row * ROW;
            g.setFill(Color.web("#c8ccd2"));
            g.fillText(e.getKey(), 2, y + ROW - 2, LABEL - 4);
            for (Timeline.Segment s : e.getValue()) {
                g.setFill(colour(s.state()));
                g.fillRect(LABEL + (s.startMillis() - from) * scale, y + 1, Math.max(1, (s.endMillis() - s.startMillis()) * scale), ROW - 2);
            }
            row++;
        }
    }

    static Color colour(NodeState s) {
        return switch (s) {
            case ALIVE -> Color.web("#3fb950");
            case SUSPECT -> Color.web("#d29922");
            case DEAD -> Color.web("#f85149");
            case LEFT -> Color.web("#8b949e");
        };
    }
}
