package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every security flag mistake: one line naming the problem (and the keyring line), exit code 2, nothing started. */
class SecurityFlagsTest {
    @TempDir
    static Path dir;

    private static String path(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        if (content != null) {
            Files.writeString(p, content);
        }
        return p.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "watch --port 0 --require-auth                         | --require-auth needs --keyring FILE",
        "watch --port 0 --keyring MISSING                      | does not exist: check the path given to --keyring",
        "watch --port 0 --keyring BADLINE                      | line 2: secret must start with 'hex:' or 'base64:'",
        "watch --port 0 --keyring EMPTY --require-auth         | no keys",
        "watch --port 0 --allow 10.0.0.0/8,10.1.2.3/8          | --allow '10.1.2.3/8' has host bits set beyond /8; did you mean 10.0.0.0/8?",
        "watch --port 0 --allow intranet                       | --allow 'intranet' is not a network",
        "watch --port 0 --max-clock-skew soon                  | 'soon' is not a duration",
        "agent --to 127.0.0.1:9 --keyring BADLINE              | line 2: secret must start with 'hex:' or 'base64:'",
        "simulate --to 127.0.0.1:9 --keyring MISSING           | does not exist",
        "gui --port 0 --require-auth                           | --require-auth needs --keyring FILE",
        "gui --port 0 --keyring BADLINE                        | line 2: secret must start with 'hex:' or 'base64:'",
        "gui --port 0 --allow 10.0.0.0/40                      | --allow '10.0.0.0/40' has a bad prefix length: use 0..32",
    })
    void badSecurityFlagIsOneLineAndExitCode2(String args, String expected) throws Exception {
        String line = args.trim()
                .replace("MISSING", path("missing", null))
                .replace("BADLINE", path("badline", "# keys\nk1 00112233445566778899aabbccddeeff\n"))
                .replace("EMPTY", path("empty", "# nothing yet\n"));
        CliErrorsTest.Run r = CliErrorsTest.run(line.split("\\s+"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, got:\n" + r.err());
    }
}
