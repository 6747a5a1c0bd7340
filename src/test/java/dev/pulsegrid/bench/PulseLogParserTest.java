package dev.pulsegrid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures GridFrameBenchmark prints come from here: read a pulse log as JavaFX 21 writes it. */
class PulseLogParserTest {
    // Three pulses as PrintLogger printed them in a 100k-node run: one that rendered two dirty
    // regions after waiting 2 ms for the previous render, one that needed no rendering (its Layout
    // Pass closes only in the next pulse, before that one's CSS Pass, and began under 1 ms before it,
    // hence a start of 0 and a length that includes the idle time between), and three short ones.
    private static final String LOG = """
            PULSE: 6257 [18ms:7ms]
            T16 (2 +0ms): CSS Pass
            T16 (2 +0ms): Layout Pass
            T16 (2 +1ms): Update bounds
            T16 (3 +2ms): Waiting for previous rendering
            T16 (5 +0ms): Copy state to render graph
            T14 (6 +0ms): Dirty Opts Computed
            T14 : 2 different dirty regions to render
            T14 : Dirty Region 0: RectBounds { minX:640.0, minY:260.0, maxX:704.0, maxY:324.0} (w:64.0, h:64.0)
            T14 : Dirty Region 1: RectBounds { minX:0.0, minY:0.0, maxX:32.0, maxY:10.0} (w:32.0, h:10.0)
            T14 (6 +0ms): Render Roots Discovered
            T14 (6 +1ms): Painting
            T14 (7 +2ms): Painting
            Counters:
            \tNodes rendered: 106

            PULSE: 6261 [2ms:4ms] Required No Rendering
            T16 (1 +0ms): CSS Pass

            PULSE: 6262 [9ms:3ms]
            T16 (0 +4ms): Layout Pass
            T16 (0 +0ms): CSS Pass
            T16 (0 +0ms): Layout Pass
            T16 (0 +0ms): Update bounds
            T16 (0 +0ms): Waiting for previous rendering
            T16 (0 +1ms): Copy state to render graph
            T14 (1 +0ms): Dirty Opts Computed
            T14 (1 +2ms): Painting
            [6263 1ms:0ms][6264 5ms:0ms]
            [6265 1ms:0ms]
            """;

    @Test
    void fxWorkIsTheFxThreadsOwnPhasesNotTheHeadersInterval() {
        PulseLogParser p = parse(LOG);
        assertEquals(List.of(18, 2, 9, 1, 5, 1), p.intervalMillis);
        // rendered: Copy state ends at 5 ms; no rendering: its own total; the leftover Layout Pass skipped; short: 0
        assertEquals(List.of(5, 4, 1, 0, 0, 0), p.fxWorkMillis);
        assertEquals(List.of(2, 0, 0, 0, 0, 0), p.renderWaitMillis);
    }

    @Test
    void paintingIsSummedPerFrameOverItsDirtyRegions() {
        PulseLogParser p = parse(LOG);
        assertEquals(List.of(3, 2), p.framePaintMillis);
        assertEquals(List.of(1, 2, 2), p.paintMillis);
        assertEquals(List.of(64 * 64 + 32 * 10, 0), p.frameDirtyPixels);
    }

    @Test
    void nothingIsKeptWhileNotRecording() {
        PulseLogParser p = new PulseLogParser(new ByteArrayOutputStream());
        feed(p, LOG);
        assertEquals(List.of(), p.fxWorkMillis);
        assertEquals(List.of(), p.framePaintMillis);
    }

    private static PulseLogParser parse(String log) {
        PulseLogParser p = new PulseLogParser(new ByteArrayOutputStream());
        p.recording = true;
        feed(p, log);
        p.recording = false;
        feed(p, "PULSE: 9999 [1ms:1ms] Required No Rendering\n"); // the next header closes the last block
        return p;
    }

    private static void feed(PulseLogParser p, String log) {
        for (byte b : log.getBytes(StandardCharsets.UTF_8)) {
            p.write(b);
        }
    }
}
