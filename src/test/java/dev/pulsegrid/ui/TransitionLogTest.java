package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionLogTest {
    private static final long S = 1_000_000_000L;

    private static MembershipEvent t(String id, NodeState from, NodeState to, long nanos) {
        return new MembershipEvent(0, nanos, MembershipEvent.Kind.TRANSITION, id, from, to, "r", null, 1, Map.of());
    }

    private static MembershipEvent flap(String id, boolean start, long nanos) {
        return new MembershipEvent(0, nanos, start ? MembershipEvent.Kind.FLAPPING_START : MembershipEvent.Kind.FLAPPING_END,
                id, NodeState.ALIVE, NodeState.ALIVE, start ? "flapping: 62% weighted state change in 2m"
                        : "stopped flapping: 20% weighted state change in 2m", null, 1, Map.of());
    }

    @Test
    void passesTransitionsAndMembershipsFlappingStartEndOnInOrder() {
        TransitionLog log = new TransitionLog();
        log.onEvent(t("web-1", null, NodeState.ALIVE, 0));
        log.onEvent(t("calm", null, NodeState.ALIVE, 0));
        log.onEvent(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, S));
        log.onEvent(t("web-1", NodeState.SUSPECT, NodeState.ALIVE, 2 * S));
        log.onEvent(flap("web-1", true, 2 * S));
        List<MembershipEvent> taken = log.drain();
        assertEquals(5, taken.size());
        assertEquals(MembershipEvent.Kind.FLAPPING_START, taken.get(4).kind());
        assertEquals(null, log.history("calm"), "no history is kept for nodes that only said hello");
        assertEquals("flapping: 62% weighted state change in 2m", log.history("web-1").flapReason());
        long version = log.flappingVersion();

        for (int i = 0; i < TransitionLog.PER_NODE; i++) { // a flapping node's transitions push its start out of the story
            log.onEvent(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, (3 + i) * S));
        }
        log.drain();
        assertEquals(version, log.flappingVersion(), "transitions alone do not touch the flapping marks");
        assertEquals("flapping: 62% weighted state change in 2m", log.history("web-1").flapReason(), "kept apart");

        log.onEvent(flap("web-1", false, 60 * S));
        assertEquals(List.of(MembershipEvent.Kind.FLAPPING_END), log.drain().stream().map(MembershipEvent::kind).toList());
        assertTrue(log.flappingVersion() > version);
        assertEquals(null, log.history("web-1").flapReason());
    }

    @Test
    void keepsTheLatestTransitionsPerNodeNewestLast() {
        TransitionLog log = new TransitionLog();
        for (int i = 0; i < TransitionLog.PER_NODE + 5; i++) {
            log.onEvent(t("n", NodeState.ALIVE, NodeState.SUSPECT, i * 60 * S));
        }
        log.drain();
        List<MembershipEvent> kept = log.history("n").events();
        assertEquals(TransitionLog.PER_NODE, kept.size());
        assertEquals((TransitionLog.PER_NODE + 4) * 60 * S, kept.get(kept.size() - 1).nanos());
    }

    @Test
    void aStoryReadsBackAsItWasToldThroughGrowthAndWrapAround() {
        TransitionLog log = new TransitionLog();
        List<MembershipEvent> told = new java.util.ArrayList<>();
        NodeState[] cycle = {NodeState.ALIVE, NodeState.SUSPECT, NodeState.DEAD};
        for (int i = 0; i < TransitionLog.PER_NODE + 3; i++) {
            MembershipEvent e = i % 4 == 3
                    ? new MembershipEvent(1_000L * i, i * S, MembershipEvent.Kind.FLAPPING_START, "n", cycle[i % 3], cycle[i % 3],
                            "flapping: " + i, null, 1, Map.of())
                    : new MembershipEvent(1_000L * i, i * S, MembershipEvent.Kind.TRANSITION, "n", cycle[i % 3], cycle[(i + 1) % 3],
                            "reason " + i, null, 1, Map.of());
            log.onEvent(e);
            told.add(e);
            log.drain();
            List<MembershipEvent> kept = log.history("n").events();
            List<MembershipEvent> expected = told.subList(Math.max(0, told.size() - TransitionLog.PER_NODE), told.size());
            assertEquals(expected.size(), kept.size(), "after " + (i + 1));
            for (int k = 0; k < kept.size(); k++) {
                MembershipEvent a = expected.get(k);
                MembershipEvent b = kept.get(k);
                assertEquals(List.of(a.wallMillis(), a.nanos(), a.kind(), a.nodeId(), String.valueOf(a.from()), String.valueOf(a.to()), a.reason()),
                        List.of(b.wallMillis(), b.nanos(), b.kind(), b.nodeId(), String.valueOf(b.from()), String.valueOf(b.to()), b.reason()),
                        "event " + k + " after " + (i + 1));
            }
        }
    }

    @Test
    void aStormIsTakenInBoundedStepsOnePerPulseOldestFirst() {
        TransitionLog log = new TransitionLog();
        int storm = TransitionLog.DRAIN_LIMIT * 2 + 7;
        for (int i = 0; i < storm; i++) {
            log.onEvent(t("n-" + i, NodeState.ALIVE, NodeState.SUSPECT, i));
        }
        List<MembershipEvent> first = log.drain();
        assertEquals(TransitionLog.DRAIN_LIMIT, first.size(), "one pulse takes at most its share");
        assertEquals("n-0", first.get(0).nodeId());
        assertEquals(TransitionLog.DRAIN_LIMIT, log.drain().size());
        List<MembershipEvent> last = log.drain();
        assertEquals(7, last.size(), "the rest follow on later pulses, none lost");
        assertEquals("n-" + (storm - 1), last.get(6).nodeId());
        assertTrue(log.drain().isEmpty());
    }
}
