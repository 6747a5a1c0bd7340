package dev.pulsegrid.replay;

import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.replay.TransitionSink.Cause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a candidate detector would have done over a retained history: the {@link Replayer} run on
 * slices of the trace in parallel, its transitions turned into incidents an operator can open, and
 * the verdict each node would have right now (the trace's end) compared with its live state.
 *
 * <p>Definitions (the panel's tooltip says the same): a <b>false suspicion</b> is a SUSPECT the
 * candidate raises on a node that is heard again afterwards; a <b>false DEAD</b> is one that went
 * on to DEAD before the node was heard again. A <b>failure</b> is a crash mark (in live history: a
 * node that is DEAD now and has not been heard since); its <b>detection time</b> runs from the
 * crash to the candidate's DEAD.
 */
public final class WhatIf {
    /** Incidents kept per kind for drill-down; the counts are always exact. */
    public static final int INCIDENTS_KEPT = 500;

    /** What kind of moment an incident is. */
    public enum Kind { DETECTED, FALSE_DEAD, FALSE_SUSPECT }

    /**
     * @param atMs       the candidate's SUSPECT (false alarms) or DEAD (detections), trace time
     * @param durationMs how long the mistake lasted, or the detection time
     */
    public record Incident(String node, long atMs, Kind kind, long durationMs) {
    }

    /**
     * @param qos          the replay's summary, equal to {@link Replayer#run} over the same trace
     * @param changingNow  nodes whose verdict at the trace's end differs from their live state
     * @param detected     detections (kept ones), falseDeads and falseSuspects likewise; at most
     *                     {@link #INCIDENTS_KEPT} each
     */
    public record Preview(QosSummary qos, int changingNow, List<Incident> detected, List<Incident> falseDeads,
                          List<Incident> falseSuspects) {
    }

    private WhatIf() {
    }

    /**
     * @param live    each node's live state now (null: unknown, not counted in {@code changingNow})
     * @param slices  how many parts to replay in parallel (1: on the calling thread only)
     */
    public static Preview run(Trace t, Verdict[] live, FailureDetector d, int slices) {
        int n = t.nodeCount();
        int parts = Math.max(1, Math.min(slices, n / 64 + 1));
        Part[] done = new Part[parts];
        @SuppressWarnings("unchecked")
        CompletableFuture<Part>[] futures = new CompletableFuture[parts];
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            if (p == parts - 1) {
                done[p] = replay(t, from, to, live, d);
            } else {
                futures[p] = CompletableFuture.supplyAsync(() -> replay(t, from, to, live, d));
            }
        }
        for (int p = 0; p < parts - 1; p++) {
            done[p] = futures[p].join();
        }
        return merge(t, done);
    }

    private static Part replay(Trace t, int from, int to, Verdict[] live, FailureDetector d) {
        int n = to - from;
        String[] ids = new String[n];
        long[][] a = new long[n][];
        long[][] c = new long[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = t.node(from + i);
            a[i] = t.arrivals(from + i);
            c[i] = t.crashes(from + i);
        }
        Trace slice = new Trace(ids, a, c, t.startMs(), t.endMs());
        Part part = new Part(slice, from, live);
        part.qos = Replayer.run(slice, d, part);
        part.finishNode();
        return part;
    }

    private static Preview merge(Trace t, Part[] parts) {
        int crashes = 0;
        int undetected = 0;
        int open = 0;
        int changing = 0;
        long falseSuspicions = 0;
        long falseDeads = 0;
        double nodeHours = 0;
        double mistakeMs = 0;
        int detections = 0;
        for (Part p : parts) {
            crashes += p.qos.crashes();
            undetected += p.qos.undetected();
            open += p.qos.openAtEnd();
            falseSuspicions += p.qos.falseSuspicions();
            falseDeads += p.qos.falseDeads();
            nodeHours += p.qos.nodeHours();
            mistakeMs += p.mistakeMs;
            changing += p.changing;
            detections += p.detections.length();
        }
        double[] all = new double[detections];
        int k = 0;
        for (Part p : parts) {
            System.arraycopy(p.detections.values, 0, all, k, p.detections.length());
            k += p.detections.length();
        }
        Arrays.sort(all);
        QosSummary q = new QosSummary(t.nodeCount(), t.arrivalCount(), nodeHours, crashes, undetected,
                QosSummary.percentile(all, detections, 50), QosSummary.percentile(all, detections, 99),
                detections == 0 ? Double.NaN : all[detections - 1], falseSuspicions, falseDeads,
                falseSuspicions == 0 ? Double.NaN : mistakeMs / falseSuspicions, open);
        return new Preview(q, changing, keep(parts, Kind.DETECTED), keep(parts, Kind.FALSE_DEAD),
                keep(parts, Kind.FALSE_SUSPECT));
    }

    private static List<Incident> keep(Part[] parts, Kind kind) {
        List<Incident> out = new ArrayList<>();
        for (Part p : parts) {
            for (Incident i : p.incidents) {
                if (i.kind() == kind && out.size() < INCIDENTS_KEPT) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** One slice's replay: turns transitions into incidents and each node's verdict at the trace's end. */
    private static final class Part implements TransitionSink {
        final Trace slice;
        final int offset;
        final Verdict[] live;
        final Values detections = new Values();
        final List<Incident> incidents = new ArrayList<>();
        final int[] kept = new int[Kind.values().length];
        QosSummary qos;
        double mistakeMs;
        int changing;
        int node = -1;
        Verdict atEnd;
        long suspectAt;

        Part(Trace slice, int offset, Verdict[] live) {
            this.slice = slice;
            this.offset = offset;
            this.live = live;
        }

        @Override
        public void transition(long atMs, int node, Verdict from, Verdict to, Cause cause, long silenceMs,
                               long thresholdMs, boolean afterCrash) {
            if (node != this.node) {
                finishNode();
                this.node = node;
            }
            if (atMs <= slice.endMs()) {
                atEnd = to;
            }
            if (to == Verdict.SUSPECT && !afterCrash) {
                suspectAt = atMs;
            } else if (to == Verdict.DEAD && afterCrash) {
                long crashAt = crashBefore(node, atMs - silenceMs);
                long ms = Math.max(0, atMs - crashAt);
                detections.add(ms);
                add(node, atMs, Kind.DETECTED, ms);
            } else if (cause == Cause.HEARTBEAT) {
                mistakeMs += atMs - suspectAt;
                add(node, suspectAt, from == Verdict.DEAD ? Kind.FALSE_DEAD : Kind.FALSE_SUSPECT, atMs - suspectAt);
            }
        }

        /** The crash mark the replayer charged: the first at or after the node's last heartbeat. */
        private long crashBefore(int node, long lastHeartbeat) {
            long[] c = slice.crashes(node);
            int i = Arrays.binarySearch(c, lastHeartbeat);
            if (i < 0) {
                i = -i - 1;
            } else {
                while (i > 0 && c[i - 1] == lastHeartbeat) {
                    i--;
                }
            }
            return c[Math.min(i, c.length - 1)];
        }

        private void add(int node, long atMs, Kind kind, long durationMs) {
            if (kept[kind.ordinal()]++ < INCIDENTS_KEPT) {
                incidents.add(new Incident(slice.node(node), atMs, kind, durationMs));
            }
        }

        void finishNode() {
            if (node >= 0 && live[offset + node] != null && atEnd != live[offset + node]) {
                changing++;
            }
            atEnd = null;
        }
    }

    /** A growable double array. */
    private static final class Values {
        double[] values = new double[64];
        private int n;

        void add(double v) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        int length() {
            return n;
        }
    }
}
