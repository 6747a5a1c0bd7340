package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pulsegrid.net.integrations.CollectdSetup;
import dev.pulsegrid.net.integrations.GangliaSetup;
import dev.pulsegrid.protocol.collectd.SecurityLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenerFormTest {

    @ParameterizedTest
    @CsvSource({
        "25826, '',         0.0.0.0,   25826",
        "' 0 ', 127.0.0.1,  127.0.0.1, 0",
        "8649,  ' ::1 ',    0:0:0:0:0:0:0:1, 8649",
    })
    void portAndOptionalBindAddress(String port, String bind, String host, int expected) {
        var a = ListenerForm.address("collectd", port, bind);
        assertEquals(host, a.getAddress().getHostAddress());
        assertEquals(expected, a.getPort());
    }

    @ParameterizedTest
    @CsvSource({
        "abc,   '',          collectd port 'abc' is not a number: give 0 to 65535",
        "'',    '',          collectd port '' is not a number: give 0 to 65535",
        "70000, '',          collectd port 70000 is outside 0 to 65535: give a port in that range",
        "-1,    '',          collectd port -1 is outside 0 to 65535: give a port in that range",
        "1,     no.such.host.invalid, 'collectd bind address ''no.such.host.invalid'' is not an address of this machine: use an IP address such as 127.0.0.1, or leave it empty for all'",
    })
    void badFieldsAreOneLineNamingTheFix(String port, String bind, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> ListenerForm.address("collectd", port, bind)).getMessage());
    }

    @Test
    void collectdSecurityNeedsAReadableAuthFile(@TempDir Path dir) throws Exception {
        String e = assertThrows(IllegalArgumentException.class,
                () -> ListenerForm.collectd("0", "", SecurityLevel.SIGN, " ")).getMessage();
        assertTrue(e.startsWith("collectd security sign needs users and passwords: choose an auth file"), e);
        e = assertThrows(IllegalArgumentException.class,
                () -> ListenerForm.collectd("0", "", SecurityLevel.NONE, dir.resolve("missing").toString())).getMessage();
        assertTrue(e.endsWith("cannot be read: check the path and permissions"), e);
        Path auth = Files.writeString(dir.resolve("passwd"), "pulsegrid: capture-secret\n");
        CollectdSetup s = ListenerForm.collectd("25826", "", SecurityLevel.ENCRYPT, auth.toString());
        assertEquals(auth, s.authFile());
        assertEquals(SecurityLevel.ENCRYPT, s.level());
        assertNull(ListenerForm.collectd("1", "", SecurityLevel.NONE, "").authFile());
    }

    @Test
    void gangliaGroupIsOptionalAndMustBeMulticast() {
        GangliaSetup unicast = ListenerForm.ganglia("8649", "", "");
        assertNull(unicast.group());
        assertEquals("239.2.11.71", ListenerForm.ganglia("8649", "", "239.2.11.71").group().getHostAddress());
        String e = assertThrows(IllegalArgumentException.class, () -> ListenerForm.ganglia("8649", "", "10.0.0.1")).getMessage();
        assertEquals("Ganglia multicast group 10.0.0.1 is not a multicast address: gmond's default is 239.2.11.71,"
                + " or leave it empty", e);
    }
}
