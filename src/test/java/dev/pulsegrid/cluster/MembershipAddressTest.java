package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Address changes and conflicts as the operator sees them, with the record holding IPv4 senders
 * packed and others (IPv6) as objects: each datagram brings a fresh address object, as Netty's do.
 */
class MembershipAddressTest {
    private final ManualClock clock = new ManualClock();
    private final List<MembershipEvent> events = new ArrayList<>();
    private final Membership m = new Membership(clock,
            new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10)), new MembershipLimits(10, Duration.ZERO));
    private long seq;

    MembershipAddressTest() {
        m.addListener(events::add);
    }

    /** A new object per call: equality, not identity, must decide. */
    private static InetSocketAddress at(String host, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private void heard(String host, int port) {
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "db-1", 1, ++seq, 0, 1000, Map.of()), at(host, port), "native");
    }

    private List<MembershipEvent.Kind> addressEvents() {
        return events.stream().map(MembershipEvent::kind)
                .filter(k -> k == MembershipEvent.Kind.ADDRESS_CHANGE || k == MembershipEvent.Kind.CONFLICT).toList();
    }

    @ParameterizedTest(name = "{0}:{1} then {2}:{3}")
    @CsvSource({
            "10.0.0.1,   7000, 10.0.0.2,   7000",
            "10.0.0.1,   7000, 10.0.0.1,   7001",
            "0.0.0.0,    0,    0.0.0.0,    1",
            "10.0.0.1,   7000, ::1,        7000",
            "::1,        7000, 2001:db8::1, 7000",
            "2001:db8::1, 7000, 10.0.0.1,   7000",
    })
    void theSameSenderIsQuietAMoveIsOneChangeAndTheOldOneBackIsAConflict(String h1, int p1, String h2, int p2) {
        heard(h1, p1);
        for (int i = 0; i < 3; i++) {
            clock.advanceMillis(1000);
            heard(h1, p1);
        }
        assertEquals(List.of(), addressEvents(), "one sender, a fresh object per datagram: no change");
        assertEquals(at(h1, p1), m.view("db-1").address());

        clock.advanceMillis(1000);
        heard(h2, p2);
        assertEquals(List.of(MembershipEvent.Kind.ADDRESS_CHANGE), addressEvents());
        MembershipEvent change = events.get(events.size() - 1);
        assertEquals("address " + AddressText.of(at(h1, p1)) + " -> " + AddressText.of(at(h2, p2)), change.reason());
        assertEquals(at(h2, p2), change.address());
        assertEquals(AddressText.of(at(h2, p2)), change.addressText());
        assertEquals(at(h2, p2), m.view("db-1").address());
        assertFalse(m.view("db-1").inConflict());

        clock.advanceMillis(500);
        heard(h1, p1); // the old sender is still there: two nodes claim the id
        assertEquals(MembershipEvent.Kind.CONFLICT, events.get(events.size() - 1).kind());
        NodeView v = m.view("db-1");
        assertEquals(at(h1, p1), v.address());
        assertEquals(at(h2, p2), v.conflictAddress());
        assertEquals(AddressText.of(at(h1, p1)), v.addressText());
    }

    @Test
    void aNodeHeardWithoutAnAddressHasNoneAndGetsOneLaterWithoutAnEvent() {
        m.onHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "db-1", 1, ++seq, 0, 1000, Map.of()), null, "gossip");
        assertNull(m.view("db-1").address());
        assertEquals("-", m.view("db-1").addressText());
        assertNull(events.get(0).address());
        assertFalse(events.get(0).hasAddress());
        assertNull(events.get(0).addressText());
        clock.advanceMillis(1000);
        heard("10.0.0.9", 7000);
        assertEquals(at("10.0.0.9", 7000), m.view("db-1").address());
        assertEquals(List.of(), addressEvents(), "a first address is not a change");
        assertTrue(m.view("db-1").addressText().equals("10.0.0.9:7000"));
    }
}
