package dev.pulsegrid.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DueQueueTest {

    @Test
    void alwaysYieldsTheEarliestNodeLowestNumberFirstOnTies() {
        DueQueue q = new DueQueue(new long[] {5, 3, 3, 9});
        assertEquals(1, q.peekNode());
        q.update(1, 10);
        assertEquals(2, q.peekNode());
        q.update(2, 5);
        assertEquals(0, q.peekNode()); // 0 and 2 both due at 5: lower number first
        q.update(3, 1);
        assertEquals(3, q.peekNode());
        assertEquals(1, q.peekDue());
    }

    @Test
    void agreesWithALinearScanUnderRandomUpdates() {
        SplittableRandom random = new SplittableRandom(1);
        long[] due = new long[257];
        for (int i = 0; i < due.length; i++) {
            due[i] = random.nextLong(1000);
        }
        DueQueue q = new DueQueue(due);
        for (int step = 0; step < 20_000; step++) {
            int node = random.nextInt(due.length);
            due[node] = random.nextLong(1000);
            q.update(node, due[node]);
            int expected = 0;
            for (int i = 1; i < due.length; i++) {
                if (due[i] < due[expected]) {
                    expected = i;
                }
            }
            assertEquals(expected, q.peekNode(), "step " + step);
        }
    }
}
