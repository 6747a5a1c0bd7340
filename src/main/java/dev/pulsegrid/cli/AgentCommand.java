package dev.pulsegrid.cli;

import dev.pulsegrid.net.HeartbeatAgent;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.gossip.PeerConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pulsegrid agent}: heartbeats from this machine until stopped; a graceful stop says goodbye. */
@Command(name = "agent", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Send heartbeats from this node to one or more monitors.",
            "Ctrl-C or SIGTERM sends a goodbye (LEAVE), so monitors show the node LEFT instead of DEAD.",
            "With --join (or --port) the agent is also a member of a gossip mesh: it listens on --port and",
            "gossips its heartbeat counter table to --fanout random peers every --gossip-interval."})
public final class AgentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", description = "Node id (default: this host's name).")
    String id;

    @Option(names = "--to", paramLabel = "HOST:PORT", split = ",", converter = HostPortConverter.class,
            description = "Monitor to send to; repeat or comma-separate for several (default: 127.0.0.1:9797).")
    List<InetSocketAddress> to = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "1s", description = "Time between heartbeats, e.g. 500ms, 1s (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--meta", paramLabel = "KEY=VALUE",
            description = "Metadata label sent with every heartbeat (cluster, zone, role, version...); repeatable.")
    Map<String, String> meta = new LinkedHashMap<>();

    @Option(names = "--incarnation", paramLabel = "N",
            description = "Incarnation number (default: start time in ms, so a restart is seen as one).")
    Long incarnation;

    @Mixin
    SigningOptions signing = new SigningOptions();

    @Option(names = "--port", paramLabel = "PORT",
            description = "Gossip port: listen here as a member of a mesh (default with --join: 9798; 0 picks a free one).")
    Integer port;

    @Mixin
    GossipOptions gossip = new GossipOptions();

    @Override
    public Integer call() throws Exception {
        if (interval.isZero() || interval.isNegative()) {
            throw new OperatorException("--interval must be positive, e.g. 1s");
        }
        String nodeId = id != null ? id : InetAddress.getLocalHost().getHostName();
        boolean peer = gossip.joining() || port != null;
        List<InetSocketAddress> targets = to.isEmpty() && !peer ? List.of(new InetSocketAddress("127.0.0.1", 9797)) : to;
        long inc = incarnation != null ? incarnation : System.currentTimeMillis();
        GossipMembership mesh = null;
        var signer = signing.open(); // before the mesh: gossip is signed with the same keyring
        if (peer) {
            if (port != null && (port < 0 || port > 65535)) {
                throw new OperatorException("--port " + port + " is outside 0..65535");
            }
            InetSocketAddress bind = new InetSocketAddress("0.0.0.0", port != null ? port : GossipOptions.DEFAULT_GOSSIP_PORT);
            try {
                mesh = GossipMembership.joinAlone(gossip.toConfig(nodeId, bind, meta, inc, PeerConfig.DEFAULT_T_FAIL),
                        signing.keyring(), spec.commandLine().getErr());
            } catch (IllegalArgumentException e) {
                throw new OperatorException("cannot gossip as '" + nodeId + "': " + e.getMessage());
            }
        }
        GossipMembership joined = mesh;
        HeartbeatSender sender = HeartbeatSender.open(signer);
        HeartbeatAgent agent;
        try {
            agent = new HeartbeatAgent(sender, nodeId, targets, interval, meta, inc);
        } catch (IllegalArgumentException e) {
            sender.close();
            if (joined != null) {
                joined.close();
            }
            throw new OperatorException("cannot send as '" + nodeId + "': " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (joined != null) {
                joined.leave();
            }
            agent.leave();
            sender.close();
            signing.close();
            spec.commandLine().getErr().println("agent " + nodeId + ": goodbye sent");
            spec.commandLine().getErr().flush();
            stopped.countDown();
        }, "pulsegrid-agent-leave"));
        List<String> shown = new ArrayList<>();
        targets.forEach(t -> shown.add(HostPort.format(t)));
        if (!targets.isEmpty()) {
            spec.commandLine().getErr().println("agent " + nodeId + ": heartbeat every " + dev.pulsegrid.detect.Durations.format(interval)
                    + " to " + String.join(", ", shown) + " (Ctrl-C says goodbye)");
            spec.commandLine().getErr().flush();
            agent.start();
        }
        stopped.await();
        return 0;
    }
}
