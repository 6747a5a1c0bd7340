package dev.pulsegrid.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain          | plain",
        "a,b            | `\"a,b\"`",
        "`say \"hi\"`   | `\"say \"\"hi\"\"\"`",
        "``             | ``",
    })
    void escapesOnlyWhatRfc4180Requires(String in, String out) {
        assertEquals(out, Csv.escape(in));
        StringBuilder row = new StringBuilder("x,");
        Csv.append(row, in);
        assertEquals("x," + out, row.toString(), "the row builder quotes the same way");
    }

    @org.junit.jupiter.api.Test
    void lineBreaksAreQuotedAndNullIsEmpty() {
        assertEquals("\"a\nb\"", Csv.escape("a\nb"));
        assertEquals("\"a\rb\"", Csv.escape("a\rb"));
        assertEquals("", Csv.escape(null));
    }

    @ParameterizedTest
    @CsvSource({
        "0,             1970-01-01T00:00:00.000Z",
        "1,             1970-01-01T00:00:00.001Z",
        "1700000000123, 2023-11-14T22:13:20.123Z",
        "1700000000999, 2023-11-14T22:13:20.999Z",
        "1700000001000, 2023-11-14T22:13:21.000Z",
        "-1,            1969-12-31T23:59:59.999Z",
    })
    void isoTimesAlwaysHaveThreeFractionDigits(long millis, String text) {
        IsoMillis f = new IsoMillis();
        assertEquals(text, f.format(millis));
        assertEquals(text, f.format(millis), "the cached second gives the same text");
        StringBuilder sb = new StringBuilder();
        f.appendTo(sb, millis);
        assertEquals(text, sb.toString());
    }
}
