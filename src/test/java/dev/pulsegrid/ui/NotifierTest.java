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
        n.transitions(List.of(t("a", NodeState.ALIVE, NodeState.SUSPECT, 10 * S)), 10 * S);
        assertEquals(1, shown.size());
        assertEquals("a is SUSPECT", shown.get(0)[0]);
        n.transitions(List.of(t("b", NodeState.ALIVE, NodeState.SUSPECT, 11 * S), t("c", NodeState.SUSPECT, NodeState.DEAD, 11 * S),
                t("d", NodeState.SUSPECT, NodeState.DEAD, 11 * S)), 11 * S);
        assertEquals(1, shown.size(), "within the quiet time: held back");
        n.transitions(List.of(), 13 * S + 1);
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
                t("c", NodeState.ALIVE, NodeState.SUSPECT, S)), S);
        assertEquals(0, shown.size());
    }

    private static MembershipEvent flap(String id, boolean start, long nanos) {
        return new MembershipEvent(0, nanos, start ? MembershipEvent.Kind.FLAPPING_START : MembershipEvent.Kind.FLAPPING_END,
                id, NodeState.SUSPECT, NodeState.SUSPECT, (start ? "" : "stopped ") + "flapping: 55% weighted state change in 2m",
                null, 1, Map.of());
    }

    @Test
    void aFlappingNodeIsToldOnceAndItsTransitionsStayQuietUntilItStops() {
        List<String[]> shown = new ArrayList<>();
        Notifier n = new Notifier((title, text) -> shown.add(new String[] {title, text}));
        // Its changes before membership called it flapping were still held back: they are part of the flapping.
        n.transitions(List.of(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, 10 * S)), 10 * S);
        n.transitions(List.of(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, 11 * S)), 11 * S);
        n.transitions(List.of(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, 12 * S), flap("web-1", true, 12 * S)), 12 * S);
        n.transitions(List.of(), 13 * S + 1);
        assertEquals(2, shown.size());
        assertEquals("web-1 is flapping", shown.get(1)[0]);
        assertEquals("flapping: 55% weighted state change in 2m", shown.get(1)[1]);

        for (int i = 0; i < 20; i++) {
            long at = (20 + 5 * i) * S;
            n.transitions(List.of(t("web-1", NodeState.ALIVE, NodeState.SUSPECT, at), t("web-1", NodeState.SUSPECT, NodeState.DEAD, at)), at);
        }
        assertEquals(2, shown.size(), "no spam while it flaps");

        n.transitions(List.of(flap("web-1", false, 200 * S)), 200 * S);
        assertEquals(2, shown.size(), "the end is no alarm");
        n.transitions(List.of(t("web-1", NodeState.ALIVE, NodeState.DEAD, 300 * S)), 300 * S);
        assertEquals(3, shown.size());
        assertEquals("web-1 is DEAD", shown.get(2)[0]);
    }

    @Test
    void aBurstCountsNodesThatStartedFlapping() {
        String[] msg = Notifier.summarize(List.of(t("a", NodeState.ALIVE, NodeState.DEAD, S), flap("b", true, S), flap("c", true, S)));
        assertEquals("3 changes", msg[0]);
        assertEquals("1 now DEAD, 2 flapping", msg[1]);
        assertEquals("2 nodes flapping", Notifier.summarize(List.of(flap("b", true, S), flap("c", true, S)))[0]);
    }
}
