package dev.pulsegrid.cli;

import dev.pulsegrid.net.MonitorAttachment;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** {@code --id} and {@code --gossip-port}: how a watching workstation (watch or gui) joins a mesh. */
public final class MeshMemberOptions {
    @Option(names = "--id", paramLabel = "ID",
            description = "With --join: this workstation's id in the mesh (default: this host's name).")
    String id;

    @Option(names = "--gossip-port", paramLabel = "PORT", defaultValue = "9798",
            description = "With --join: UDP port to gossip on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int gossipPort = 9798;

    /**
     * Joins the mesh named by {@code gossip} once the monitor runs, leaving it gracefully on close;
     * nothing when there is no --join.
     */
    MonitorAttachment attachment(GossipOptions gossip, InetAddress bind, Duration tFailDefault,
                                 Consumer<GossipMembership> joined) throws Exception {
        if (!gossip.joining()) {
            return MonitorAttachment.NONE;
        }
        if (gossipPort < 0 || gossipPort > 65535) {
            throw new OperatorException("--gossip-port " + gossipPort + " is outside 0..65535");
        }
        String nodeId = id != null ? id : InetAddress.getLocalHost().getHostName();
        InetSocketAddress at = new InetSocketAddress(bind, gossipPort);
        return m -> {
            GossipMembership mesh;
            try {
                mesh = GossipMembership.join(m, gossip.toConfig(nodeId, at, Map.of(), System.currentTimeMillis(),
                        tFailDefault), new PrintWriter(System.err, true));
            } catch (IllegalArgumentException e) {
                throw new OperatorException("cannot gossip as '" + nodeId + "': " + e.getMessage());
            }
            joined.accept(mesh);
            return mesh::leave;
        };
    }
}
