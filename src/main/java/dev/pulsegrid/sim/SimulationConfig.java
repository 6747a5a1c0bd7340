package dev.pulsegrid.sim;

import java.time.Duration;

/**
 * How a simulated cluster behaves. Rates are per node per minute (a Poisson process each), so
 * {@code crashPerMinute = 0.1} crashes a running node on average every ten minutes.
 *
 * @param nodes            how many nodes, 1..1,000,000
 * @param interval         time between one node's heartbeats
 * @param jitter           each gap is {@code interval ± uniform(jitter)}, never below 1 ms
 * @param loss             probability that a datagram is lost on the way, 0..1
 * @param crashPerMinute   rate at which a running node dies without a word
 * @param recoverPerMinute rate at which a crashed node restarts (with a higher incarnation)
 * @param leavePerMinute   rate at which a running node shuts down gracefully (sends LEAVE)
 * @param rejoinPerMinute  rate at which a node that left starts again (with a higher incarnation)
 * @param seed             makes the whole run repeatable
 */
public record SimulationConfig(
        int nodes,
        Duration interval,
        Duration jitter,
        double loss,
        double crashPerMinute,
        double recoverPerMinute,
        double leavePerMinute,
        double rejoinPerMinute,
        long seed) {

    public static final int MAX_NODES = 1_000_000;
    public static final Duration MAX_INTERVAL = Duration.ofHours(1);

    public SimulationConfig {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("nodes must be 1.." + MAX_NODES + ", got " + nodes);
        }
        if (interval == null || interval.toMillis() < 1 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("interval must be 1ms..1h, got " + interval);
        }
        if (jitter == null || jitter.isNegative()) {
            throw new IllegalArgumentException("jitter must not be negative, got " + jitter);
        }
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be between 0 and 1, got " + loss);
        }
        requireRate("crash", crashPerMinute);
        requireRate("recover", recoverPerMinute);
        requireRate("leave", leavePerMinute);
        requireRate("rejoin", rejoinPerMinute);
    }

    /** Healthy nodes at 1 s with 10% jitter: no loss, no churn. */
    public static SimulationConfig steady(int nodes, long seed) {
        return new SimulationConfig(nodes, Duration.ofSeconds(1), Duration.ofMillis(100), 0, 0, 0, 0, 0, seed);
    }

    /** The demo: a little loss and visible churn, each state on screen at any time. */
    public static SimulationConfig demo(int nodes, long seed) {
        return new SimulationConfig(nodes, Duration.ofSeconds(1), Duration.ofMillis(150), 0.02,
                0.05, 0.5, 0.02, 0.3, seed);
    }

    public SimulationConfig withNodes(int n) {
        return new SimulationConfig(n, interval, jitter, loss, crashPerMinute, recoverPerMinute,
                leavePerMinute, rejoinPerMinute, seed);
    }

    public SimulationConfig withLoss(double l) {
        return new SimulationConfig(nodes, interval, jitter, l, crashPerMinute, recoverPerMinute,
                leavePerMinute, rejoinPerMinute, seed);
    }

    public SimulationConfig withChurn(double crash, double recover, double leave, double rejoin) {
        return new SimulationConfig(nodes, interval, jitter, loss, crash, recover, leave, rejoin, seed);
    }

    public SimulationConfig withTiming(Duration newInterval, Duration newJitter) {
        return new SimulationConfig(nodes, newInterval, newJitter, loss, crashPerMinute, recoverPerMinute,
                leavePerMinute, rejoinPerMinute, seed);
    }

    public SimulationConfig withSeed(long s) {
        return new SimulationConfig(nodes, interval, jitter, loss, crashPerMinute, recoverPerMinute,
                leavePerMinute, rejoinPerMinute, s);
    }

    private static void requireRate(String name, double perMinute) {
        if (!(perMinute >= 0) || Double.isInfinite(perMinute)) {
            throw new IllegalArgumentException(name + " rate must be a finite number >= 0 per minute, got " + perMinute);
        }
    }
}
