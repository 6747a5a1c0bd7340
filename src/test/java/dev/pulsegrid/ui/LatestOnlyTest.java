package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A drag's requests coalesce: while one runs, only the newest waits; overtaken results are never shown. */
class LatestOnlyTest {

    @Test
    void onlyTheNewestRequestRunsNextAndAnOvertakenResultIsDropped() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch shownOne = new CountDownLatch(1);
        List<Integer> worked = new CopyOnWriteArrayList<>();
        List<Integer> shown = new CopyOnWriteArrayList<>();
        LatestOnly<Integer, Integer> l = new LatestOnly<>("test-latest", i -> {
            worked.add(i);
            if (i == 1) {
                firstStarted.countDown();
                await(release);
            }
            return i * 10;
        }, o -> {
            shown.add(o);
            shownOne.countDown();
        }, e -> { }, Runnable::run);

        l.submit(1);
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        l.submit(2);
        l.submit(3);
        l.submit(4);
        release.countDown();

        assertTrue(shownOne.await(5, TimeUnit.SECONDS));
        l.shutdown();
        assertEquals(List.of(1, 4), worked, "2 and 3 were overtaken before they started");
        assertEquals(List.of(40), shown, "1's result was stale when it came back");
    }

    @Test
    void discardDropsTheResultInFlight() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        List<Integer> shown = new CopyOnWriteArrayList<>();
        LatestOnly<Integer, Integer> l = new LatestOnly<>("test-latest", i -> {
            started.countDown();
            await(release);
            done.countDown();
            return i;
        }, shown::add, e -> { }, Runnable::run);
        l.submit(7);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        l.discard();
        release.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        l.shutdown();
        assertEquals(List.of(), shown);
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
