package dev.pulsegrid.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceCsvTest {

    @Test
    void readsArrivalsInAnyOrderWithOptionalHeaderCommentsCrashesAndEnd() throws IOException {
        Trace t = TraceCsv.read(new StringReader("""
                # comment
                node,arrival_ms
                web-1,2000
                web-2,500

                web-1,1000
                web-2, 1500 ,crash
                web-1,3000,arrival
                *,9000,end
                """));
        assertEquals(2, t.nodeCount());
        assertEquals("web-1", t.node(0));
        assertArrayEquals(new long[] {1000, 2000, 3000}, t.arrivals(0));
        assertArrayEquals(new long[] {500}, t.arrivals(1));
        assertArrayEquals(new long[] {1500}, t.crashes(1));
        assertEquals(500, t.startMs());
        assertEquals(9000, t.endMs());
        assertEquals(4, t.arrivalCount());
    }

    @Test
    void headerIsOptional() throws IOException {
        Trace t = TraceCsv.read(new StringReader("a,1\na,2\n"));
        assertArrayEquals(new long[] {1, 2}, t.arrivals(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a,1\\nb,x          | trace line 2: 'x' is not a time in whole milliseconds",
        "a,1\\n,5           | trace line 2: no node id before a comma",
        "a,1\\nb            | trace line 2: no node id before a comma",
        "a,1\\na,5,reboot   | trace line 2: unknown mark 'reboot'",
        "a,-4               | trace line 1: negative time -4",
        "node,arrival_ms\\nnode,arrival_ms | trace line 2: 'arrival_ms' is not a time",
    })
    void badLinesNameTheLineAndTheFormat(String text, String message) {
        IOException e = assertThrows(IOException.class, () -> TraceCsv.read(new StringReader(text.replace("\\n", "\n"))));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.getMessage().contains("docs/TRACE.md"), e.getMessage());
    }

    @Test
    void writeThenReadGivesTheSameTrace() throws IOException {
        Trace t = TraceGenerator.generate(TraceGenerator.Settings.of(TraceFamily.MIXED, 20, 120_000, 3));
        StringWriter w = new StringWriter();
        TraceCsv.write(t, w);
        Trace back = TraceCsv.read(new StringReader(w.toString()));
        assertEquals(t.nodeCount(), back.nodeCount());
        for (int i = 0; i < t.nodeCount(); i++) {
            assertEquals(t.node(i), back.node(i));
            assertArrayEquals(t.arrivals(i), back.arrivals(i));
            assertArrayEquals(t.crashes(i), back.crashes(i));
        }
        assertEquals(t.endMs(), back.endMs());
    }
}
