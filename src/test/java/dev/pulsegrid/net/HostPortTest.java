package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPortTest {
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1:9797, 127.0.0.1, 9797",
        ":9000,          127.0.0.1, 9000",
        "127.0.0.1,      127.0.0.1, 9797",
        "[::1]:9797,     0:0:0:0:0:0:0:1, 9797",
        "::1,            0:0:0:0:0:0:0:1, 9797",
        "[::1],          0:0:0:0:0:0:0:1, 9797",
    })
    void parsesTheFormsOperatorsType(String text, String host, int port) {
        InetSocketAddress a = HostPort.parse(text, "127.0.0.1", 9797);
        assertEquals(host, a.getAddress().getHostAddress());
        assertEquals(port, a.getPort());
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1:99999", "127.0.0.1:http", "[::1", "[::1]x"})
    void rejectsWithAMessageThatShowsTheForm(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostPort.parse(text, "127.0.0.1", 9797));
        assertTrue(e.getMessage().contains("HOST:PORT"), e.getMessage());
    }
}
