package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionLogTest {
    private static final long S = 1_000_000_000L;

    private static MembershipEvent t(String id, NodeState from, NodeState to, long nanos) {
        return new MembershipEvent(0, nanos, MembershipEvent.Kind.TRANSITION, id, from, to, "r", null, 1, Map.of());
    }

    @Test
    void aNodeCyclingThroughSuspectEveryFewSecondsIsFlappingUntilItCalmsDown() {
        TransitionLog log = new TransitionLog();
        log.onEvent(t("web-1", null, NodeState.ALIVE, 0));
        log.onEvent(t("calm", null, NodeState.ALIVE, 0));
        long now = 0;
        for (int i = 0; i < 10; i++) { // 20 changes in 50 s
            now += 5 * S;
            log.onEvent(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, now - 2 * S));
            log.onEvent(t("web-1", NodeState.SUSPECT, NodeState.ALIVE, now));
        }
        log.onEvent(t("calm", NodeState.ALIVE, NodeState.SUSPECT, now));
        List<MembershipEvent> taken = log.drain(now);
        assertEquals(23, taken.size());
        assertEquals(Set.of("web-1"), log.flappingIds());
        assertEquals(null, new TransitionLog().history("never-changed"), "no history is kept for nodes that only said hello");
        assertTrue(log.isFlapping("web-1"));
        assertFalse(log.isFlapping("calm"));
        long version = log.flappingVersion();

        log.age(now + 60 * S);   // the older half of the changes has left... not yet below 25%
        assertTrue(log.isFlapping("web-1"));
        log.age(now + 121 * S);  // all changes out of the window
        assertFalse(log.isFlapping("web-1"));
        assertEquals(Set.of(), log.flappingIds());
        assertTrue(log.flappingVersion() > version);
    }

    @Test
    void keepsTheLatestTransitionsPerNodeNewestLast() {
        TransitionLog log = new TransitionLog();
        for (int i = 0; i < TransitionLog.PER_NODE + 5; i++) {
            log.onEvent(t("n", NodeState.ALIVE, NodeState.SUSPECT, i * 60 * S));
        }
        log.drain(0);
        List<MembershipEvent> kept = log.history("n").events();
        assertEquals(TransitionLog.PER_NODE, kept.size());
        assertEquals((TransitionLog.PER_NODE + 4) * 60 * S, kept.get(kept.size() - 1).nanos());
    }
}
