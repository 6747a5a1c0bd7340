package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.cluster.MembershipLimits;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import dev.pulsegrid.replay.ArrivalHistory;
import dev.pulsegrid.replay.Trace;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The what-if history keyed by membership slot, wired as the GUI wires it: a node that takes a
 * forgotten node's slot is previewed on its own arrivals, never on the forgotten node's.
 */
class WhatIfSlotReuseTest {
    private final ManualClock clock = new ManualClock();
    private final Membership m = new Membership(clock, new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)),
            new MembershipLimits(10, Duration.ofSeconds(30)));
    private final ArrivalHistory history = new ArrivalHistory();

    private void beat(String id, long seq) {
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, id, 1, seq, 0, 1000, Map.of()),
                new InetSocketAddress("10.0.0.1", 7000), "native");
    }

    @Test
    void aNodeInAForgottenNodesSlotHasOnlyItsOwnHistory() {
        m.setArrivalListener(history::record);
        for (int i = 1; i <= 20; i++) {
            beat("old", i);
            clock.advanceMillis(1000);
        }
        int slot = m.view("old").slot();
        for (int i = 0; i < 60; i++) { // silent: SUSPECT, DEAD at 10 s, forgotten 30 s later
            clock.advanceMillis(1000);
            m.advance();
        }
        assertEquals(null, m.view("old"), "forgotten");
        long joined = clock.wallMillis();
        for (int i = 1; i <= 3; i++) {
            beat("new", i);
            clock.advanceMillis(1000);
        }
        NodeView v = m.view("new");
        assertEquals(slot, v.slot(), "the slot is reused");
        assertEquals(NodeState.ALIVE, v.state());

        Trace t = history.trace(new int[] {slot, slot}, new String[] {"new", "old"}, new boolean[2], clock.wallMillis());
        assertEquals(3, t.arrivals(0).length, "only the new node's three heartbeats");
        assertEquals(joined, t.arrivals(0)[0]);
        assertEquals(0, t.arrivals(1).length, "the forgotten node's history went with it");
    }
}
