package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.0.0.0/8,        10.1.2.3,        true",
        "10.0.0.0/8,        11.0.0.1,        false",
        "10.0.0.0/8,        ::ffff:10.9.9.9, true",
        "192.168.1.0/24,    192.168.1.255,   true",
        "192.168.1.0/24,    192.168.2.0,     false",
        "192.168.1.128/25,  192.168.1.127,   false",
        "192.168.1.128/25,  192.168.1.200,   true",
        "127.0.0.1,         127.0.0.1,       true",
        "127.0.0.1,         127.0.0.2,       false",
        "0.0.0.0/0,         203.0.113.7,     true",
        "0.0.0.0/0,         2001:db8::1,     false",
        "fd00::/8,          fd12:3456::1,    true",
        "fd00::/8,          fe80::1,         false",
        "2001:db8::/32,     2001:db8:ffff::, true",
        "2001:db8::/33,     2001:db8:8000::, false",
        "::1,               ::1,             true",
        "::/0,              10.0.0.1,        false",
    })
    void matches(String network, String address, boolean expected) throws Exception {
        assertEquals(expected, Cidr.parse(network).matches(InetAddress.getByName(address)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "10.0.0/8         | is not a network",
        "256.0.0.0/8      | is not a network",
        "example.com/24   | is not a network",
        "10.0.0.0/33      | bad prefix length: use 0..32",
        "fd00::/129       | bad prefix length: use 0..128",
        "10.0.0.0/x       | bad prefix length",
        "10.1.2.3/8       | host bits set beyond /8; did you mean 10.0.0.0/8?",
        "''               | is not a network",
    })
    void badNetworksAreRefusedWithTheReason(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
