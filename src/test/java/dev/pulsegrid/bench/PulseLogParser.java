package dev.pulsegrid.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JavaFX's pulse logger ({@code -Djavafx.pulseLogger=true}, written to System.err) as it is
 * printed: per pulse the FX-thread time ("PULSE: n [fx ms:total ms]") and the render thread's
 * "Painting" steps. The logger prints one "Painting" line per dirty region, so a frame that repaints
 * the grid and two summary labels has three: {@link #paintMillis} keeps each region's time,
 * {@link #framePaintMillis} the sum over one pulse's regions (the render thread's painting per frame),
 * one entry per pulse that painted anything (a frame that reached the screen). Samples are kept only
 * while {@link #recording} is on.
 */
final class PulseLogParser extends OutputStream {
    private static final Pattern PULSE = Pattern.compile("PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");
    private static final Pattern REGION = Pattern.compile("Dirty Region \\d+: .*\\(w:([0-9.]+), h:([0-9.]+)\\)");
    private static final Pattern PAINT = Pattern.compile("T\\d+ \\(\\d+ \\+(\\d+)ms\\): Painting");

    final List<Integer> fxMillis = new ArrayList<>();
    final List<Integer> totalMillis = new ArrayList<>();
    final List<Integer> paintMillis = new ArrayList<>();
    final List<Integer> framePaintMillis = new ArrayList<>();
    /** Per painted frame, the summed area of its dirty regions in px (what the render thread had to repaint). */
    final List<Integer> frameDirtyPixels = new ArrayList<>();
    private long blockDirty;
    private int blockPaint = -1; // the current pulse's summed Painting ms, -1 = none yet
    private boolean blockRecorded;
    volatile boolean recording;
    private final StringBuilder line = new StringBuilder();
    /** {@code -Dbench.pulselog=FILE}: the raw pulse-logger lines of the measured interval, to check what is counted. */
    private static final java.io.PrintStream RAW = rawLog();

    private static java.io.PrintStream rawLog() {
        String f = System.getProperty("bench.pulselog");
        try {
            return f == null ? null : new java.io.PrintStream(new java.io.FileOutputStream(f), true);
        } catch (java.io.IOException e) {
            return null;
        }
    }
    private final OutputStream passThrough;

    PulseLogParser(OutputStream passThrough) {
        this.passThrough = passThrough;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            take(line.toString());
            line.setLength(0);
        } else {
            line.append((char) b);
        }
    }

    private void take(String l) {
        if (recording && RAW != null) {
            RAW.println(l);
        }
        Matcher m = PULSE.matcher(l);
        if (m.find()) {
            endBlock();
            blockRecorded = recording;
            if (recording) {
                fxMillis.add(Integer.parseInt(m.group(2)));
                totalMillis.add(Integer.parseInt(m.group(3)));
            }
            return;
        }
        Matcher r = REGION.matcher(l);
        if (r.find()) {
            blockDirty += (long) (Double.parseDouble(r.group(1)) * Double.parseDouble(r.group(2)));
            return;
        }
        Matcher p = PAINT.matcher(l);
        if (p.find()) {
            int ms = Integer.parseInt(p.group(1));
            if (recording) {
                paintMillis.add(ms);
            }
            blockPaint = Math.max(0, blockPaint) + ms;
            return;
        }
        if (!l.startsWith("T") && !l.startsWith("\t") && !l.isBlank() && !l.startsWith("Counters") && !l.startsWith("[")) {
            try {
                passThrough.write((l + "\n").getBytes());
            } catch (java.io.IOException ignored) {
                // best effort: it is only diagnostics
            }
        }
    }

    private void endBlock() {
        if (blockRecorded && blockPaint >= 0) {
            framePaintMillis.add(blockPaint);
            frameDirtyPixels.add((int) Math.min(Integer.MAX_VALUE, blockDirty));
        }
        blockPaint = -1;
        blockDirty = 0;
    }

    synchronized void reset() {
        fxMillis.clear();
        totalMillis.clear();
        paintMillis.clear();
        framePaintMillis.clear();
        frameDirtyPixels.clear();
        blockPaint = -1;
        blockDirty = 0;
        blockRecorded = false;
    }
}
