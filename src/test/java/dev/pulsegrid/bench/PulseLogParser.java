package dev.pulsegrid.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JavaFX's pulse logger ({@code -Djavafx.pulseLogger=true}, written to System.err) as it is
 * printed. The header "PULSE: n [a ms:b ms]" is NOT the FX thread's time: JavaFX's PrintLogger prints
 * there the interval since the previous pulse began and the time from this pulse's start until it was
 * logged (after the render, for a pulse that rendered). The FX thread's work is read from its phases
 * instead: each "T<thread> (start +duration ms): phase" line gives a phase's start relative to the
 * pulse and its length, and the FX thread's last phase ("Copy state to render graph") ends its part
 * of the pulse; {@link #fxWorkMillis} is that end, which includes the animation timers run before
 * the CSS pass and {@link #renderWaitMillis}, the FX thread blocked on the previous frame's render.
 * A pulse that rendered nothing is logged when the FX thread ends it, so its second figure is the
 * FX thread's time; a pulse of under 1 ms in all is logged in the short form "[n a ms:0ms]". A phase
 * line before the pulse's "CSS Pass" belongs to the pulse before: the logger closes a phase only when
 * the next begins, so such a line also counts the idle time between pulses, and is skipped (its start
 * reads 0 rather than negative when it began less than 1 ms before this pulse).
 * Per pulse also the render thread's "Painting" steps. The logger prints one "Painting" line per dirty region, so a frame that repaints
 * the grid and two summary labels has three: {@link #paintMillis} keeps each region's time,
 * {@link #framePaintMillis} the sum over one pulse's regions (the render thread's painting per frame),
 * one entry per pulse that painted anything (a frame that reached the screen). Samples are kept only
 * while {@link #recording} is on.
 */
final class PulseLogParser extends OutputStream {
    private static final Pattern PULSE = Pattern.compile("PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]( Required No Rendering)?");
    private static final Pattern SHORT = Pattern.compile("\\[(\\d+) (\\d+)ms:0ms\\]");
    private static final Pattern REGION = Pattern.compile("Dirty Region \\d+: .*\\(w:([0-9.]+), h:([0-9.]+)\\)");
    private static final Pattern PAINT = Pattern.compile("T\\d+ \\(\\d+ \\+(\\d+)ms\\): Painting");
    private static final Pattern FX_PHASE = Pattern.compile(
            "T\\d+ \\((-?\\d+) \\+(\\d+)ms\\): (CSS Pass|Layout Pass|Update bounds|Waiting for previous rendering|Copy state to render graph)");

    /** Time between this pulse's start and the previous one's (JavaFX's own first figure). */
    final List<Integer> intervalMillis = new ArrayList<>();
    /** From the pulse's start to the end of the FX thread's last phase in it. */
    final List<Integer> fxWorkMillis = new ArrayList<>();
    /** Of that, how long the FX thread waited for the previous frame's render to finish. */
    final List<Integer> renderWaitMillis = new ArrayList<>();
    private int blockFxEnd = -1;
    private int blockNoRenderTotal = -1;
    private boolean inPulsePhases;
    private int blockRenderWait;
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
                intervalMillis.add(Integer.parseInt(m.group(2)));
            }
            blockNoRenderTotal = m.group(4) != null ? Integer.parseInt(m.group(3)) : -1;
            return;
        }
        if (l.startsWith("[")) {
            endBlock();
            Matcher sh = SHORT.matcher(l);
            while (recording && sh.find()) {
                intervalMillis.add(Integer.parseInt(sh.group(2)));
                fxWorkMillis.add(0);
                renderWaitMillis.add(0);
            }
            return;
        }
        Matcher f = FX_PHASE.matcher(l);
        if (f.find()) {
            int start = Integer.parseInt(f.group(1));
            inPulsePhases |= f.group(3).equals("CSS Pass");
            if (!inPulsePhases || start < 0) {
                return;
            }
            int dur = Integer.parseInt(f.group(2));
            blockFxEnd = Math.max(blockFxEnd, start + dur);
            if (f.group(3).startsWith("Waiting")) {
                blockRenderWait += dur;
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
        if (blockRecorded && (blockFxEnd >= 0 || blockNoRenderTotal >= 0)) {
            fxWorkMillis.add(blockNoRenderTotal >= 0 ? blockNoRenderTotal : blockFxEnd);
            renderWaitMillis.add(blockRenderWait);
        }
        blockFxEnd = -1;
        blockNoRenderTotal = -1;
        blockRenderWait = 0;
        inPulsePhases = false;
        if (blockRecorded && blockPaint >= 0) {
            framePaintMillis.add(blockPaint);
            frameDirtyPixels.add((int) Math.min(Integer.MAX_VALUE, blockDirty));
        }
        blockPaint = -1;
        blockDirty = 0;
    }

    synchronized void reset() {
        intervalMillis.clear();
        fxWorkMillis.clear();
        renderWaitMillis.clear();
        blockFxEnd = -1;
        blockRenderWait = 0;
        paintMillis.clear();
        framePaintMillis.clear();
        frameDirtyPixels.clear();
        blockPaint = -1;
        blockDirty = 0;
        blockRecorded = false;
    }
}
