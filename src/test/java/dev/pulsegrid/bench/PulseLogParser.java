package dev.pulsegrid.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JavaFX's pulse logger ({@code -Djavafx.pulseLogger=true}, written to System.err) as it is
 * printed: per pulse the FX-thread time ("PULSE: n [fx ms:total ms]") and the render thread's
 * "Painting" step. Samples are kept only while {@link #recording} is on.
 */
final class PulseLogParser extends OutputStream {
    private static final Pattern PULSE = Pattern.compile("PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");
    private static final Pattern PAINT = Pattern.compile("T\\d+ \\(\\d+ \\+(\\d+)ms\\): Painting");

    final List<Integer> fxMillis = new ArrayList<>();
    final List<Integer> totalMillis = new ArrayList<>();
    final List<Integer> paintMillis = new ArrayList<>();
    volatile boolean recording;
    private final StringBuilder line = new StringBuilder();
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
        Matcher m = PULSE.matcher(l);
        if (m.find()) {
            if (recording) {
                fxMillis.add(Integer.parseInt(m.group(2)));
                totalMillis.add(Integer.parseInt(m.group(3)));
            }
            return;
        }
        Matcher p = PAINT.matcher(l);
        if (p.find()) {
            if (recording) {
                paintMillis.add(Integer.parseInt(p.group(1)));
            }
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

    synchronized void reset() {
        fxMillis.clear();
        totalMillis.clear();
        paintMillis.clear();
    }
}
