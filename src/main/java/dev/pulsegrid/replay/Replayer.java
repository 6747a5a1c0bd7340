package dev.pulsegrid.replay;

import dev.pulsegrid.detect.ArrivalWindow;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.replay.TransitionSink.Cause;
import java.util.Arrays;

/**
 * Runs a trace through a detector, node by node, as membership would have judged it live: after each
 * heartbeat the detector names the silences at which the node turns SUSPECT and DEAD; the next
 * heartbeat either comes first or ends a mistake. A tight loop over primitive arrays.
 *
 * <p>Every gap is recorded in the node's window (long ones too), except a gap across a known crash:
 * that silence is the node's downtime, not its link. History survives a restart.
 */
public final class Replayer {
    private static final long MS = 1_000_000L;

    private Replayer() {
    }

    public static QosSummary run(Trace t, FailureDetector d) {
        return run(t, d, TransitionSink.NONE);
    }

    public static QosSummary run(Trace t, FailureDetector d, TransitionSink sink) {
        Tally tally = new Tally();
        ArrivalWindow w = new ArrivalWindow(d.windowSize());
        for (int i = 0; i < t.nodeCount(); i++) {
            w.clear();
            replayNode(t, i, d, w, sink, tally);
        }
        return tally.summary(t);
    }

    private static void replayNode(Trace t, int node, FailureDetector d, ArrivalWindow w, TransitionSink sink, Tally tally) {
        long[] a = t.arrivals(node);
        long[] c = t.crashes(node);
        if (a.length == 0) {
            return;
        }
        int ci = 0;
        long upSince = a[0];
        sink.transition(a[0], node, null, Verdict.ALIVE, Cause.FIRST_HEARTBEAT, 0, 0, false);
        for (int j = 0; j < a.length; j++) {
            long last = a[j];
            boolean hasNext = j + 1 < a.length;
            long next = hasNext ? a[j + 1] : Long.MAX_VALUE;
            while (ci < c.length && c[ci] < last) {
                ci++; // a crash mark before this heartbeat: already accounted, or before the node appeared
            }
            boolean crashed = ci < c.length && c[ci] < next;
            if (!crashed && hasNext && next == last) {
                continue;
            }
            long suspectNs = d.suspectAfterNanos(w);
            long deadNs = Math.max(suspectNs, d.deadAfterNanos(w));
            long suspectAt = last + suspectNs / MS;
            long deadAt = last + deadNs / MS;
            if (crashed) {
                long crashAt = c[ci];
                while (ci < c.length && c[ci] < next) {
                    ci++;
                }
                tally.upMs += crashAt - upSince;
                boolean detected = !hasNext || (next - last) * MS > deadNs;
                if (detected) {
                    tally.detection(Math.max(0, deadAt - crashAt));
                    sink.transition(suspectAt, node, Verdict.ALIVE, Verdict.SUSPECT, Cause.SILENCE, suspectNs / MS, suspectNs / MS, true);
                    sink.transition(deadAt, node, Verdict.SUSPECT, Verdict.DEAD, Cause.SILENCE, deadNs / MS, deadNs / MS, true);
                } else {
                    tally.crashes++;
                    tally.undetected++;
                    if ((next - last) * MS > suspectNs) {
                        sink.transition(suspectAt, node, Verdict.ALIVE, Verdict.SUSPECT, Cause.SILENCE, suspectNs / MS, suspectNs / MS, true);
                    }
                }
                if (!hasNext) {
                    return;
                }
                Verdict now = detected ? Verdict.DEAD : (next - last) * MS > suspectNs ? Verdict.SUSPECT : Verdict.ALIVE;
                if (now != Verdict.ALIVE) {
                    sink.transition(next, node, now, Verdict.ALIVE, Cause.RESTART, next - last, 0, false);
                }
                upSince = next;
                continue; // the downtime is not a gap of the link
            }
            long limit = hasNext ? next : t.endMs();
            long silenceMs = limit - last;
            if (silenceMs * MS > suspectNs) {
                sink.transition(suspectAt, node, Verdict.ALIVE, Verdict.SUSPECT, Cause.SILENCE, suspectNs / MS, suspectNs / MS, false);
                boolean dead = silenceMs * MS > deadNs;
                if (dead) {
                    sink.transition(deadAt, node, Verdict.SUSPECT, Verdict.DEAD, Cause.SILENCE, deadNs / MS, deadNs / MS, false);
                }
                if (hasNext) {
                    tally.falseSuspicions++;
                    tally.mistakeMs += next - suspectAt;
                    if (dead) {
                        tally.falseDeads++;
                    }
                    sink.transition(next, node, dead ? Verdict.DEAD : Verdict.SUSPECT, Verdict.ALIVE, Cause.HEARTBEAT,
                            silenceMs, 0, false);
                } else {
                    tally.openAtEnd++;
                }
            }
            if (hasNext) {
                w.add(next - last);
            } else {
                tally.upMs += Math.max(0, t.endMs() - upSince);
            }
        }
    }

    /** Running totals of one replay. */
    private static final class Tally {
        double[] detections = new double[64];
        int detected;
        int crashes;
        int undetected;
        long falseSuspicions;
        long falseDeads;
        double mistakeMs;
        int openAtEnd;
        long upMs;

        void detection(double ms) {
            if (detected == detections.length) {
                detections = Arrays.copyOf(detections, detected * 2);
            }
            detections[detected++] = ms;
            crashes++;
        }

        QosSummary summary(Trace t) {
            Arrays.sort(detections, 0, detected);
            return new QosSummary(t.nodeCount(), t.arrivalCount(), upMs / 3_600_000.0, crashes, undetected,
                    QosSummary.percentile(detections, detected, 50), QosSummary.percentile(detections, detected, 99),
                    detected == 0 ? Double.NaN : detections[detected - 1], falseSuspicions, falseDeads,
                    falseSuspicions == 0 ? Double.NaN : mistakeMs / falseSuspicions, openAtEnd);
        }
    }
}
