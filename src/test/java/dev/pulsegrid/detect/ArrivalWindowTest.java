package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrivalWindowTest {

    @ParameterizedTest(name = "capacity {0}, {1} samples")
    @CsvSource({"1, 5", "3, 3", "4, 10", "16, 1000", "200, 50", "1000, 5000"})
    void meanAndVarianceEqualNaiveCalculationOverTheNewestSamples(int capacity, int samples) {
        Random rnd = new Random(capacity * 31L + samples);
        ArrivalWindow w = new ArrivalWindow(capacity);
        int[] all = new int[samples];
        for (int i = 0; i < samples; i++) {
            all[i] = 500 + rnd.nextInt(1500);
            w.add(all[i]);
        }
        int[] kept = Arrays.copyOfRange(all, Math.max(0, samples - capacity), samples);
        double mean = Arrays.stream(kept).average().orElse(0);
        double var = Arrays.stream(kept).mapToDouble(v -> (v - mean) * (v - mean)).sum() / kept.length;
        assertEquals(kept.length, w.size());
        assertEquals(mean, w.mean(), 1e-9);
        assertEquals(var, w.variance(), 1e-6);
        assertArrayEquals(kept, w.toArray());
    }

    @ParameterizedTest(name = "intervals up to {0} ms")
    @CsvSource({"65535", "65536", "3600000", "2147483647"})
    void longIntervalsAreKeptExactlyBesideShortOnesAndAResizeKeepsThem(int longest) {
        ArrivalWindow w = new ArrivalWindow(8);
        int[] in = {1000, 990, longest, 1010, 0, 65_535, longest - 1, 1000, 1001, 999};
        for (int v : in) {
            w.add(v);
        }
        int[] kept = Arrays.copyOfRange(in, in.length - 8, in.length);
        assertArrayEquals(kept, w.toArray());
        double mean = Arrays.stream(kept).asLongStream().sum() / 8.0;
        assertEquals(mean, w.mean(), 1e-6);
        assertArrayEquals(Arrays.copyOfRange(kept, 4, 8), w.resized(4).toArray());
        assertArrayEquals(kept, w.resized(16).toArray());
        w.clear();
        w.add(1234);
        assertArrayEquals(new int[] {1234}, w.toArray());
    }

    @Test
    void evictsOldestFirst() {
        ArrivalWindow w = new ArrivalWindow(3);
        for (int v : new int[] {10, 20, 30, 40}) {
            w.add(v);
        }
        assertArrayEquals(new int[] {20, 30, 40}, w.toArray());
        assertEquals(40, w.recent(0));
        assertEquals(20, w.recent(2));
        assertEquals(30.0, w.mean(), 0);
        assertThrows(IndexOutOfBoundsException.class, () -> w.recent(3));
    }

    @Test
    void negativeIntervalsClampToZeroAndClearForgetsEverything() {
        ArrivalWindow w = new ArrivalWindow(4);
        w.add(-5);
        assertEquals(0, w.recent(0));
        w.add(1000);
        w.clear();
        assertEquals(0, w.size());
        assertEquals(0.0, w.variance());
        assertEquals(0, w.histogram().total());
    }

    @Test
    void histogramKeepsLongGapsTheRingHasEvicted() {
        ArrivalWindow w = new ArrivalWindow(8);
        w.add(9000);
        for (int i = 0; i < 100; i++) {
            w.add(1000);
        }
        assertEquals(1000.0, w.mean(), 0);
        assertEquals(101, w.histogram().total());
        assertEquals(9000, w.histogram().max());
    }

    @Test
    void resizedKeepsNewestIntervalsAndWholeHistory() {
        ArrivalWindow w = new ArrivalWindow(10);
        for (int i = 1; i <= 10; i++) {
            w.add(i * 100);
        }
        ArrivalWindow small = w.resized(3);
        assertArrayEquals(new int[] {800, 900, 1000}, small.toArray());
        assertEquals(900.0, small.mean(), 1e-9);
        assertEquals(10, small.histogram().total());
        ArrivalWindow big = w.resized(20);
        assertArrayEquals(w.toArray(), big.toArray());
        big.add(5);
        assertEquals(11, big.size());
    }
}
