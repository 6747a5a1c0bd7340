package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KernelUdpStatsTest {
    @Test
    void readsRcvbufErrorsFromTheSecondUdpLine() {
        List<String> snmp = List.of(
                "Tcp: RtoAlgorithm RtoMin",
                "Tcp: 1 200",
                "Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors",
                "Udp: 4711 3 12 900 12 0 0 0 0",
                "UdpLite: InDatagrams NoPorts",
                "UdpLite: 0 0");
        assertEquals(12, KernelUdpStats.parse(snmp, "RcvbufErrors"));
        assertEquals(4711, KernelUdpStats.parse(snmp, "InDatagrams"));
        assertEquals(-1, KernelUdpStats.parse(snmp, "NoSuchColumn"));
        assertEquals(-1, KernelUdpStats.parse(List.of("garbage"), "RcvbufErrors"));
    }
}
