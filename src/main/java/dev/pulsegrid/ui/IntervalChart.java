package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.ui.grid.CellState;
import dev.pulsegrid.ui.grid.StatePalette;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The details panel's two small pictures: a gauge of the current silence against suspect-after and
 * dead-after, and a sparkline (top) plus histogram (bottom) of recent inter-arrival times with the
 * suspect threshold drawn across both, so "how close did it come" is visible at a glance.
 */
final class IntervalChart {
    private IntervalChart() {
    }

    static void paintGauge(Canvas c, NodeView n, long now, StatePalette p) {
        GraphicsContext g = c.getGraphicsContext2D();
        double w = c.getWidth();
        double h = c.getHeight();
        g.clearRect(0, 0, w, h);
        if (n == null) {
            return;
        }
        double dead = Math.max(1, n.deadAfterNanos());
        double scale = (w - 2) / (dead * 1.15);
        double silence = Math.min(n.silenceNanos(now), dead * 1.15);
        CellState s = CellState.of(n.state());
        g.setFill(color(p.drained(s)));
        g.fillRect(1, 4, w - 2, h - 12);
        g.setFill(color(p.colour(s)));
        g.fillRect(1, 4, silence * scale, h - 12);
        g.setStroke(color(p.colour(CellState.SUSPECT)));
        g.setLineWidth(2);
        double sx = 1 + n.suspectAfterNanos() * scale;
        g.strokeLine(sx, 0, sx, h - 6);
        g.setStroke(color(p.colour(CellState.DEAD)));
        double dx = 1 + dead * scale;
        g.strokeLine(dx, 0, dx, h - 6);
        g.setFill(color(p.foreground()));
        g.setFont(javafx.scene.text.Font.font(9));
        g.fillText(String.format(Locale.ROOT, "%.1fs", n.silenceNanos(now) / 1e9), 3, h - 0.5);
        g.fillText("suspect", Math.max(0, sx - 30), h - 0.5);
        g.fillText("dead", Math.max(0, dx - 20), h - 0.5);
    }

    static void paint(Canvas c, int[] intervalsMs, long suspectNanos, long deadNanos, StatePalette p) {
        GraphicsContext g = c.getGraphicsContext2D();
        double w = c.getWidth();
        double h = c.getHeight();
        g.clearRect(0, 0, w, h);
        if (intervalsMs.length == 0) {
            g.setFill(color(p.foreground()));
            g.fillText("no intervals yet (needs two heartbeats)", 4, h / 2);
            return;
        }
        double suspectMs = suspectNanos / 1e6;
        double top = Math.max(suspectMs * 1.1, Arrays.stream(intervalsMs).max().orElse(1));
        double sparkH = h * 0.55;
        double histTop = sparkH + 6;
        double histH = h - histTop;
        // sparkline: newest on the right
        g.setStroke(color(p.colour(CellState.ALIVE)));
        g.setLineWidth(1.2);
        double step = intervalsMs.length > 1 ? (w - 2) / (intervalsMs.length - 1) : 0;
        g.beginPath();
        for (int i = 0; i < intervalsMs.length; i++) {
            double x = 1 + i * step;
            double y = sparkH - intervalsMs[i] / top * (sparkH - 2);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setStroke(color(p.colour(CellState.SUSPECT)));
        double sy = sparkH - suspectMs / top * (sparkH - 2);
        g.setLineDashes(4, 3);
        g.strokeLine(0, sy, w, sy);
        // histogram of the same intervals, x = interval length, suspect-after marked
        int[] bins = histogram(intervalsMs, top, 32);
        int maxBin = Arrays.stream(bins).max().orElse(1);
        double bw = w / bins.length;
        g.setFill(color(p.drained(CellState.ALIVE)));
        g.setFill(color(p.colour(CellState.ALIVE)).deriveColor(0, 1, 1, 0.7));
        for (int i = 0; i < bins.length; i++) {
            double bh = bins[i] == 0 ? 0 : Math.max(1, bins[i] / (double) maxBin * histH);
            g.fillRect(i * bw + 0.5, h - bh, bw - 1, bh);
        }
        double hx = suspectMs / top * w;
        g.strokeLine(hx, histTop, hx, h);
        g.setLineDashes(null);
        g.setFill(color(p.foreground()));
        g.setFont(javafx.scene.text.Font.font(9));
        g.fillText("suspect " + Math.round(suspectMs) + " ms", Math.max(0, Math.min(w - 80, hx + 3)), histTop + 9);
        g.fillText("suspect", 3, Math.max(9, sy - 3));
    }

    /** Counts of intervals per equal-width bin over [0, top]; values above top land in the last bin. */
    static int[] histogram(int[] values, double top, int binCount) {
        int[] bins = new int[binCount];
        for (int v : values) {
            int b = (int) (v / top * binCount);
            bins[Math.max(0, Math.min(binCount - 1, b))]++;
        }
        return bins;
    }

    /** "mean 1002 ms  sd 14 ms  max 1210 ms  n=64". */
    static String summary(int[] intervalsMs) {
        if (intervalsMs.length == 0) {
            return "";
        }
        double mean = Arrays.stream(intervalsMs).average().orElse(0);
        double var = Arrays.stream(intervalsMs).mapToDouble(v -> (v - mean) * (v - mean)).sum() / intervalsMs.length;
        return String.format(Locale.ROOT, "mean %.0f ms  sd %.0f ms  max %d ms  n=%d",
                mean, Math.sqrt(var), Arrays.stream(intervalsMs).max().orElse(0), intervalsMs.length);
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
