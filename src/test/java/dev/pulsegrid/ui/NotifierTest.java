package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifierTest {
    private static final long S = 1_000_000_000L;

    private static MembershipEvent t(String id, NodeState from, NodeState to, long nanos) {
        return new MembershipEvent(0, nanos, MembershipEvent.Kind.TRANSITION, id, from, to, "because", null, 1, Map.of());
    }

    @Test
    void burstsCollapseIntoOneNotificationPerQuietPeriod() {
        List<String[]> shown = new ArrayList<>();
        Notifier n = new Notifier((title, text) -> shown.add(new String[] {title, text}));
        TransitionLog log = new TransitionLog();
        n.transitions(List.of(t("a", NodeState.ALIVE, NodeState.SUSPECT, 10 * S)), log, 10 * S);
        assertEquals(1, shown.size());
        assertEquals("a is SUSPECT", shown.get(0)[0]);
        n.transitions(List.of(t("b", NodeState.ALIVE, NodeState.SUSPECT, 11 * S), t("c", NodeState.SUSPECT, NodeState.DEAD, 11 * S),
                t("d", NodeState.SUSPECT, NodeState.DEAD, 11 * S)), log, 11 * S);
        assertEquals(1, shown.size(), "within the quiet time: held back");
        n.transitions(List.of(), log, 13 * S + 1);
        assertEquals(2, shown.size());
        assertEquals("3 transitions", shown.get(1)[0]);
        assertEquals("1 now SUSPECT, 2 now DEAD", shown.get(1)[1]);
    }

    @Test
    void firstContactsRecoveriesAndSwitchedOffStatesStayQuiet() {
        List<String[]> shown = new ArrayList<>();
        Notifier n = new Notifier((title, text) -> shown.add(new String[] {title, text}));
        n.enabled().remove(NodeState.SUSPECT);
        n.transitions(List.of(t("a", null, NodeState.ALIVE, S), t("b", NodeState.DEAD, NodeState.ALIVE, S),
                t("c", NodeState.ALIVE, NodeState.SUSPECT, S)), new TransitionLog(), S);
        assertEquals(0, shown.size());
    }
}
