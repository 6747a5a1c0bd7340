package dev.pulsegrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonPoolTest {

    @Test
    void equalReasonsShareOneString() {
        ReasonPool pool = new ReasonPool();
        String first = pool.share(new String("no heartbeat for 3.1s (suspect after 3s)"));
        String again = pool.share(new String("no heartbeat for 3.1s (suspect after 3s)"));
        assertSame(first, again);
        assertEquals("heartbeat resumed after 4.2s", pool.share("heartbeat resumed after 4.2s"));
    }

    @Test
    void aStormOfRepeatingReasonsKeepsOneCopyOfEach() {
        ReasonPool pool = new ReasonPool();
        Map<String, Boolean> distinct = new IdentityHashMap<>();
        for (int node = 0; node < 10_000; node++) {
            String r = pool.share("no heartbeat for 3." + node % 10 + "s (suspect after 3s)");
            distinct.put(r, true);
        }
        assertEquals(10, distinct.size(), "ten distinct reasons, ten strings kept by listeners");
    }
}
