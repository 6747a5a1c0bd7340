package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackedAddressTest {

    @ParameterizedTest
    @CsvSource({
            "10.0.0.1,        7946,  0x1_0A00_0001_1F0A",
            "127.0.0.1,       0,     0x1_7F00_0001_0000",
            "192.168.1.200,   65535, 0x1_C0A8_01C8_FFFF",
            "0.0.0.0,         0,     0x1_0000_0000_0000",
            "0.0.0.0,         1,     0x1_0000_0000_0001",
            "255.255.255.255, 65535, 0x1_FFFF_FFFF_FFFF",
            "128.0.0.0,       32768, 0x1_8000_0000_8000",
    })
    void ipv4RoundTripsThroughItsBits(String ip, int port, String expectedHex) throws Exception {
        InetSocketAddress a = new InetSocketAddress(InetAddress.getByName(ip), port);
        long packed = PackedAddress.pack(a);
        assertEquals(Long.decode(expectedHex.replace("_", "")), packed);
        assertTrue(PackedAddress.present(packed));
        assertEquals(a, PackedAddress.unpack(packed));
        assertEquals(port, PackedAddress.port(packed));
        assertEquals(ip + ":" + port, PackedAddress.text(packed));
        assertEquals(AddressText.of(a), PackedAddress.text(packed));
    }

    @Test
    void theAnyAddressOnPortZeroIsStillAnAddress() {
        long packed = PackedAddress.pack(new InetSocketAddress("0.0.0.0", 0));
        assertNotEquals(PackedAddress.NONE, packed, "present, unlike no address at all");
        assertEquals(new InetSocketAddress("0.0.0.0", 0), PackedAddress.unpack(packed));
    }

    @ParameterizedTest
    @CsvSource({"::1, 7000", "fe80::1, 0", "2001:db8::42, 65535"})
    void ipv6DoesNotPack(String ip, int port) throws Exception {
        assertEquals(PackedAddress.NONE, PackedAddress.pack(new InetSocketAddress(InetAddress.getByName(ip), port)));
    }

    @Test
    void nullAndUnresolvedDoNotPack() {
        assertEquals(PackedAddress.NONE, PackedAddress.pack(null));
        assertEquals(PackedAddress.NONE, PackedAddress.pack(InetSocketAddress.createUnresolved("db-1.example", 7000)));
        assertFalse(PackedAddress.present(PackedAddress.NONE));
        assertNull(PackedAddress.unpack(PackedAddress.NONE));
    }

    private static NodeView view(InetSocketAddress address) {
        return new NodeView(1, "n", NodeState.ALIVE, 1, 1, address, Map.of(), 0, 0, 0, 1, 2, 0, 1, "native", null, false);
    }

    @Test
    void aViewHoldsAnIpv4AddressPackedAndGivesItBackEqual() {
        InetSocketAddress a = new InetSocketAddress("10.1.2.3", 7000);
        NodeView v = view(a);
        assertEquals(PackedAddress.pack(a), v.packedAddress());
        assertNull(v.unpackedAddress(), "no JDK object kept for IPv4");
        assertEquals(a, v.address());
        assertEquals("10.1.2.3:7000", v.addressText());
        assertEquals(view(new InetSocketAddress("10.1.2.3", 7000)), v, "equal addresses, equal views");
        assertNotEquals(view(new InetSocketAddress("10.1.2.3", 7001)), v);
    }

    @Test
    void aViewKeepsAnIpv6AddressAsItCame() throws Exception {
        InetSocketAddress a = new InetSocketAddress(InetAddress.getByName("2001:db8::42"), 7000);
        NodeView v = view(a);
        assertEquals(PackedAddress.NONE, v.packedAddress());
        assertEquals(a, v.address());
        assertEquals(view(new InetSocketAddress(InetAddress.getByName("2001:db8::42"), 7000)), v);
        assertEquals(AddressText.of(a), v.addressText());
    }

    @Test
    void aViewWithoutAddressSaysSo() {
        NodeView v = view(null);
        assertNull(v.address());
        assertEquals("-", v.addressText());
    }

    @Test
    void anAddressGivenAsAnObjectToTheFullConstructorIsPackedToo() {
        InetSocketAddress a = new InetSocketAddress("10.1.2.3", 7000);
        NodeView v = new NodeView(1, "n", NodeState.ALIVE, 1, 1, PackedAddress.NONE, a, Map.of(), 0, 0, 0, 1, 2, 0, 1,
                "native", null, false, null);
        assertEquals(view(a), v, "one address, one form, so equals stays honest");
    }
}
