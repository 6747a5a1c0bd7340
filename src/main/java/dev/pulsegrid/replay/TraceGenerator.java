package dev.pulsegrid.replay;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic traces for the QoS benchmark and tests: each node sends every interval over its
 * {@link LinkModel}; a share of the nodes crash for good at a uniform time after a warm-up (so the
 * detectors have history), and those crashes are marked in the trace. Same settings, same trace.
 */
public final class TraceGenerator {

    /**
     * @param crashFraction share of nodes that crash, at a uniform time in [warmupMs, durationMs)
     */
    public record Settings(TraceFamily family, int nodes, long durationMs, long intervalMs, double crashFraction,
                           long warmupMs, long seed) {
        public Settings {
            if (nodes < 0 || durationMs <= 0 || intervalMs <= 0 || crashFraction < 0 || crashFraction > 1
                    || warmupMs < 0 || warmupMs > durationMs) {
                throw new IllegalArgumentException("bad trace generator settings: " + nodes + " nodes, " + durationMs
                        + " ms, interval " + intervalMs + ", crash fraction " + crashFraction + ", warm-up " + warmupMs);
            }
        }

        /** 1 s heartbeats, a fifth of the nodes crash after a 10 minute warm-up. */
        public static Settings of(TraceFamily family, int nodes, long durationMs, long seed) {
            return new Settings(family, nodes, durationMs, 1_000, 0.2, Math.min(600_000, durationMs / 2), seed);
        }
    }

    private TraceGenerator() {
    }

    public static Trace generate(Settings s) {
        String[] ids = new String[s.nodes()];
        long[][] arrivals = new long[s.nodes()][];
        long[][] crashes = new long[s.nodes()][];
        long[] buf = new long[(int) Math.min(Integer.MAX_VALUE - 8, s.durationMs() / s.intervalMs() + 16)];
        for (int i = 0; i < s.nodes(); i++) {
            SplittableRandom rnd = new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + i);
            LinkModel link = s.family().link(rnd.nextDouble());
            ids[i] = link.name() + "-" + i;
            long crashAt = Long.MAX_VALUE;
            if (rnd.nextDouble() < s.crashFraction()) {
                crashAt = s.warmupMs() + (long) (rnd.nextDouble() * (s.durationMs() - s.warmupMs()));
                crashes[i] = new long[] {crashAt};
            } else {
                crashes[i] = new long[0];
            }
            int n = sendNode(link, s, rnd, crashAt, buf);
            arrivals[i] = Arrays.copyOf(buf, n);
            Arrays.sort(arrivals[i]); // large delays may reorder neighbours
        }
        return new Trace(ids, arrivals, crashes, 0, s.durationMs());
    }

    private static int sendNode(LinkModel link, Settings s, SplittableRandom rnd, long crashAt, long[] out) {
        double interval = s.intervalMs();
        double t = rnd.nextDouble() * interval;
        double nextStall = link.stallEveryMs() > 0 ? exponential(rnd, link.stallEveryMs()) : Double.MAX_VALUE;
        double burstStart = link.burstEveryMs() > 0 ? exponential(rnd, link.burstEveryMs()) : Double.MAX_VALUE;
        double burstEnd = burstStart + uniform(rnd, link.burstMinMs(), link.burstMaxMs());
        int n = 0;
        while (t < s.durationMs() && t < crashAt) {
            if (t >= nextStall) {
                t = nextStall + uniform(rnd, link.stallMinMs(), link.stallMaxMs());
                nextStall = t + exponential(rnd, link.stallEveryMs());
                if (t >= s.durationMs() || t >= crashAt) {
                    break;
                }
            }
            while (t >= burstEnd) {
                burstStart = burstEnd + exponential(rnd, link.burstEveryMs());
                burstEnd = burstStart + uniform(rnd, link.burstMinMs(), link.burstMaxMs());
            }
            boolean lost = (t >= burstStart && t < burstEnd) || rnd.nextDouble() < link.lossRate();
            double sent = t + link.senderJitterSdMs() * gaussian(rnd);
            if (!lost) {
                double delay = link.delayFloorMs() + exponential(rnd, link.delayMeanExtraMs());
                if (n < out.length) {
                    out[n++] = Math.max(0, Math.round(sent + delay));
                }
            }
            t += interval;
        }
        return n;
    }

    private static double exponential(SplittableRandom rnd, double mean) {
        return mean <= 0 ? 0 : -mean * Math.log(1 - rnd.nextDouble());
    }

    private static double uniform(SplittableRandom rnd, double lo, double hi) {
        return lo + rnd.nextDouble() * (hi - lo);
    }

    /** Standard normal by Box-Muller (SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
