package dev.pulsegrid.net.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.net.SourceTallies;
import dev.pulsegrid.net.SourceTally;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A gossip peer is one of its monitor's ingest sources while it runs, for the ingest health view. */
class GossipTallyTest {

    @Test
    void aJoinedPeerIsListedAsGossipUntilItLeaves() throws Exception {
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null))) {
            GossipPeer p = GossipPeer.join(m, PeerConfig.of("ws-1", new InetSocketAddress("127.0.0.1", 0), List.of()));
            assertEquals(List.of("native", "gossip"), sources(m));
            p.close();
            assertEquals(List.of("native"), sources(m));
        }
    }

    private static List<String> sources(Monitor m) {
        return SourceTallies.of(m).read().stream().map(SourceTally::source).toList();
    }
}
