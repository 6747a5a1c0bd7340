package dev.pulsegrid.net.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.protocol.DecodeError;
import dev.pulsegrid.protocol.Keyring;
import dev.pulsegrid.protocol.SigningKey;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signed gossip on loopback: peers sharing a key converge under --require-auth; a peer signing with
 * another key, or not signing at all, is dropped by each of them and counted by reason.
 */
class SignedGossipLoopbackTest {
    static final Duration ROUND = Duration.ofMillis(50);
    static final Duration T_FAIL = Duration.ofMillis(800);
    static final InetSocketAddress ANY = new InetSocketAddress("127.0.0.1", 0);
    static final Keyring MESH = keyring("mesh-1", "the-shared-secret-of-this-mesh-1");
    static final Keyring OTHER = keyring("mesh-1", "a-different-secret-same-key-id!!");

    record Peer(Monitor monitor, GossipPeer gossip) {
        boolean sees(String id, NodeState s) {
            NodeView v = monitor.snapshot().find(id);
            return v != null && v.state() == s;
        }
    }

    private final List<Peer> peers = new ArrayList<>();

    static Keyring keyring(String id, String secret) {
        return Keyring.of(List.of(new SigningKey(id, secret.getBytes(StandardCharsets.US_ASCII))), id);
    }

    @AfterEach
    void stopAll() {
        for (Peer p : peers) {
            p.gossip.close();
            p.monitor.close();
        }
    }

    Peer start(String id, Keyring keys, boolean requireAuth, InetSocketAddress... seeds) throws Exception {
        MonitorConfig mc = MonitorConfig.listeningOn(null)
                .withDetector(new FixedTimeoutDetector(Duration.ofMillis(400), T_FAIL));
        if (keys != null) {
            mc = mc.withSecurity(new IngestSecurity(() -> keys, requireAuth, List.of(), 0));
        }
        Monitor m = Monitor.start(mc);
        PeerConfig cfg = PeerConfig.of(id, ANY, List.of(seeds)).withTiming(ROUND, T_FAIL, T_FAIL.multipliedBy(3));
        Peer p = new Peer(m, GossipPeer.join(m, cfg));
        peers.add(p);
        return p;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aSignedMeshConvergesAndAWrongKeyOrUnsignedPeerIsRejectedAndCounted() throws Exception {
        Peer a = start("a", MESH, true);
        Peer b = start("b", MESH, true, a.gossip.localAddress());
        Peer c = start("c", MESH, true, a.gossip.localAddress());
        for (Peer p : List.of(a, b, c)) {
            for (String id : List.of("a", "b", "c")) {
                await(id + " ALIVE at " + p.gossip.config().nodeId(), () -> p.sees(id, NodeState.ALIVE));
            }
        }
        assertEquals(0, a.gossip.counters().rejectsByReason().size(), "every datagram of the mesh verified");

        Peer intruder = start("intruder", OTHER, false, a.gossip.localAddress());
        Peer unsigned = start("plain", null, false, a.gossip.localAddress());
        await("a counts the wrong key as BAD_SIGNATURE", () -> a.gossip.counters().rejected(DecodeError.BAD_SIGNATURE) >= 3);
        await("a counts the unsigned peer as UNSIGNED", () -> a.gossip.counters().rejected(DecodeError.UNSIGNED) >= 3);
        for (Peer p : List.of(a, b, c)) {
            assertNull(p.monitor.snapshot().find("intruder"), "never admitted at " + p.gossip.config().nodeId());
            assertNull(p.monitor.snapshot().find("plain"), "never admitted at " + p.gossip.config().nodeId());
        }
        assertEquals(NodeState.ALIVE, intruder.monitor.snapshot().find("intruder").state(), "it runs, it is just not heard");
        assertEquals(NodeState.ALIVE, unsigned.monitor.snapshot().find("plain").state());
    }
}
