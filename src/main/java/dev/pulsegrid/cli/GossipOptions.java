package dev.pulsegrid.cli;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.net.gossip.PeerConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Peer-mode flags shared by agent, watch (and gui): how to join a gossip mesh and judge by it. */
public final class GossipOptions {
    /** Where a peer gossips when no port is given. */
    public static final int DEFAULT_GOSSIP_PORT = 9798;

    @Option(names = "--join", paramLabel = "HOST:PORT", split = ",", converter = HostPortConverter.class,
            description = "Join a gossip mesh through these peers (comma-separate or repeat); makes this process a member.")
    List<InetSocketAddress> join = new ArrayList<>();

    @Option(names = "--fanout", paramLabel = "N", defaultValue = "3",
            description = "Peers each gossip round goes to (default: ${DEFAULT-VALUE}).")
    int fanout = 3;

    @Option(names = "--gossip-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "1s", description = "Time between gossip rounds (default: ${DEFAULT-VALUE}).")
    Duration interval = Duration.ofSeconds(1);

    @Option(names = "--t-fail", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Counter silence after which a member is failed and no longer gossiped as alive"
                    + " (default: auto, from the members known, in gossip rounds: 10 up to ~40 members, 15 at 50, 41 at 200,"
                    + " 111 at 500; grows at once, shrinks after T_cleanup; see docs/PROTOCOL.md). A value here overrides auto.")
    Duration tFail;

    @Option(names = "--t-cleanup", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Counter silence after which a failed member is forgotten; at least 2 x --t-fail (default: 2 x T_fail;"
                    + " needs --t-fail, as auto keeps it at 2 x T_fail).")
    Duration tCleanup;

    /** Whether peer mode was asked for. */
    public boolean joining() {
        return !join.isEmpty();
    }

    /**
     * @param defaultFail T_fail when --t-fail is not given; null for auto (the default everywhere)
     * @throws OperatorException naming the flag to fix
     */
    PeerConfig toConfig(String nodeId, InetSocketAddress bind, Map<String, String> meta, long incarnation,
                        Duration defaultFail) throws OperatorException {
        if (fanout < 1) {
            throw new OperatorException("--fanout must be at least 1, was " + fanout);
        }
        if (interval.isZero() || interval.isNegative()) {
            throw new OperatorException("--gossip-interval must be positive, e.g. 1s");
        }
        Duration fail = tFail != null ? tFail : defaultFail;
        if (fail == null) {
            if (tCleanup != null) {
                throw new OperatorException("--t-cleanup needs --t-fail: auto T_fail keeps T_cleanup at 2 x T_fail;"
                        + " give both, e.g. --t-fail 30s --t-cleanup 90s");
            }
            try {
                return new PeerConfig(nodeId, bind, join, fanout, interval, null, null, meta, incarnation);
            } catch (IllegalArgumentException e) {
                throw new OperatorException(e.getMessage());
            }
        }
        if (fail.compareTo(interval.multipliedBy(2)) < 0) {
            throw new OperatorException("--t-fail " + Durations.format(fail) + " must be at least two --gossip-interval ("
                    + Durations.format(interval.multipliedBy(2)) + "), e.g. 10s for 1s rounds");
        }
        Duration cleanup = tCleanup != null ? tCleanup : fail.multipliedBy(2);
        if (cleanup.compareTo(fail.multipliedBy(2)) < 0) {
            throw new OperatorException("--t-cleanup " + Durations.format(cleanup) + " must be at least twice --t-fail ("
                    + Durations.format(fail.multipliedBy(2)) + ") so no peer forgets a member another still gossips");
        }
        try {
            return new PeerConfig(nodeId, bind, join, fanout, interval, fail, cleanup, meta, incarnation);
        } catch (IllegalArgumentException e) {
            throw new OperatorException(e.getMessage());
        }
    }
}
