package dev.pulsegrid.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyringTest {
    private static final String HEX32 = "hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @Test
    void parsesKeysCommentsAndPrimary() throws KeyringFormatException {
        Keyring k = Keyring.parse("# rotation in progress\n\nold " + HEX32 + "\nnew base64:cHVsc2VncmlkLXRlc3Qtc2VjcmV0LXR3byE= primary # since May\n");
        assertEquals(List.of("old", "new"), k.ids());
        assertEquals("new", k.primary().id());
    }

    @Test
    void aSingleKeyIsPrimaryWithoutSayingSo() throws KeyringFormatException {
        assertEquals("only", Keyring.parse("only " + HEX32).primary().id());
    }

    @Test
    void toStringNeverShowsASecret() throws KeyringFormatException {
        String s = Keyring.parse("k " + HEX32).toString() + Keyring.parse("k " + HEX32).primary();
        assertTrue(!s.contains("0001020304"), s);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''                                              | no keys",
        "'# only a comment'                              | no keys",
        "'k1'                                            | line 1: expected",
        "'k1 " + HEX32 + " secondary'                    | line 1: expected",
        "'k/1 " + HEX32 + "'                             | line 1: key id 'k/1' may only contain",
        "'k1 00010203040506070809'                       | line 1: secret must start with 'hex:' or 'base64:'",
        "'k1 hex:0g'                                     | line 1: secret is not valid hex",
        "'k1 base64:@@@@'                                | line 1: secret is not valid base64",
        "'k1 hex:00010203'                               | line 1: secret of key 'k1' is 4 bytes",
        "'k1 " + HEX32 + "\nk1 " + HEX32 + "'            | line 2: key id 'k1' appears twice",
        "'a " + HEX32 + " primary\nb " + HEX32 + " primary' | line 2: a second primary key",
        "'a " + HEX32 + "\nb " + HEX32 + "'              | several keys but none marked 'primary'",
    })
    void malformedFileNamesTheLineAndTheProblem(String text, String message) {
        KeyringFormatException e = assertThrows(KeyringFormatException.class, () -> Keyring.parse(text.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
