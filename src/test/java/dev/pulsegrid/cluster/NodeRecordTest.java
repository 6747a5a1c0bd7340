package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.detect.ArrivalWindow;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The slimmed record: an int heartbeat count that stops rather than wraps, a non-IPv4 address kept in the trail. */
class NodeRecordTest {
    private final NodeRecord r = new NodeRecord(0, "n", new ArrivalWindow(4));

    {
        r.state = NodeState.ALIVE;
    }

    @Test
    void theHeartbeatCountStopsAtItsLimitInsteadOfTurningNegative() {
        r.heartbeats = Integer.MAX_VALUE - 1;
        r.countHeartbeat();
        assertEquals(Integer.MAX_VALUE, r.view().heartbeats());
        r.countHeartbeat();
        assertEquals(Integer.MAX_VALUE, r.view().heartbeats());
    }

    @Test
    void anIpv6AddressLivesInTheTrailAndGoesWhenAnIpv4OneComes() throws Exception {
        InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("2001:db8::7"), 7000);
        r.setAddress(PackedAddress.pack(v6), v6);
        assertTrue(r.trail != null && v6.equals(r.trail.unpackedAddress));
        assertEquals(v6, r.view().address());
        assertTrue(r.addressIs(PackedAddress.NONE, new InetSocketAddress(InetAddress.getByName("2001:db8::7"), 7000)));

        InetSocketAddress v4 = new InetSocketAddress("10.0.0.7", 7000);
        r.setAddress(PackedAddress.pack(v4), v4);
        assertNull(r.trail.unpackedAddress);
        assertEquals(v4, r.view().address());
        assertEquals("10.0.0.7:7000", r.addressText());
    }

    @Test
    void anIpv4NodeNeedsNoTrail() {
        InetSocketAddress v4 = new InetSocketAddress("10.0.0.7", 7000);
        r.setAddress(PackedAddress.pack(v4), v4);
        assertNull(r.trail, "the common case costs no extra object");
        r.setAddress(PackedAddress.NONE, null);
        assertNull(r.view().address());
    }
}
