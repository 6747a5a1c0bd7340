package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.net.BindFailedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cannot open the journal /j.db: locked; or run with --no-journal | Cannot open the journal /j.db: locked | Or run with --no-journal.",
        "--metrics-port: port 99999 is outside 0..65535 | --metrics-port: port 99999 is outside 0..65535 | FALLBACK",
        "something broke | Something broke | FALLBACK",
        "trailing: | Trailing: | FALLBACK",
    })
    void operatorMessagesSplitIntoProblemAndFix(String message, String problem, String fix) {
        assertEquals(new Problem(problem, fix), Problem.of(message, "FALLBACK"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Address already in use | UDP 127.0.0.1:9797 is already in use | Another Pulsegrid or monitor is listening there.",
        "bind(..) failed: Permission denied | UDP 127.0.0.1:9797: permission denied | Ports below 1024 need privileges",
        "Cannot assign requested address | No network interface has address 127.0.0.1 | Start again with --bind 0.0.0.0",
        "weird | UDP 127.0.0.1:9797 could not be bound | UDP 127.0.0.1:9797 could not be bound: weird. Retry on another port",
    })
    void bindFailuresNameTheAddressAndTheFixInTheWindow(String cause, String problem, String fixStart) {
        InetSocketAddress a = new InetSocketAddress("127.0.0.1", 9797);
        BindFailedException e = BindFailedException.explain(a, new IOException(cause), "--port");
        Problem p = Problem.bind(e);
        assertEquals(problem, p.problem());
        assertEquals(fixStart, p.fix().substring(0, Math.min(fixStart.length(), p.fix().length())), p.fix());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Address already in use | UDP 127.0.0.1:25826 is already in use: stop what listens there, or choose another port (0 picks a free one)",
        "Permission denied | UDP 127.0.0.1:25826: permission denied; ports below 1024 need privileges, choose one above 1023",
        "Cannot assign requested address | no network interface has address 127.0.0.1: leave the bind address empty (all interfaces) or use one of this machine's addresses",
    })
    void aListenerThatCannotBindSaysTheFixInTheDialogsOwnTerms(String cause, String line) {
        BindFailedException e = BindFailedException.explain(new InetSocketAddress("127.0.0.1", 25826),
                new IOException(cause), "--collectd");
        assertEquals(line, Problem.listenerBind(e));
    }
}
