package dev.pulsegrid.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapHistogramTest {

    @ParameterizedTest(name = "{0} ms -> bin {1} [{2}, {3}]")
    @CsvSource({
        "0, 0, 0, 0", "15, 15, 15, 15", "16, 16, 16, 16", "33, 32, 32, 33", "1000, 111, 992, 1023", "1511, 119, 1472, 1535",
        "2000, 127, 1984, 2047", "3000, 135, 2944, 3071", "4000, 143, 3968, 4095",
        "1048575, 271, 1015808, 1048575", "5000000, 271, 1015808, 1048575",
    })
    void binsAreLogLinearWithinSixPercent(int ms, int bin, int lo, int hi) {
        assertEquals(bin, GapHistogram.binOf(ms));
        assertEquals(lo, GapHistogram.lowerEdge(bin));
        assertEquals(hi, GapHistogram.upperEdge(bin));
    }

    @Test
    void everyValueLiesInItsBinAndBinsTile() {
        for (int v = 0; v < 70_000; v++) {
            int b = GapHistogram.binOf(v);
            assertTrue(GapHistogram.lowerEdge(b) <= v && v <= GapHistogram.upperEdge(b), "value " + v);
            if (v >= 16) {
                assertTrue(GapHistogram.upperEdge(b) - GapHistogram.lowerEdge(b) + 1 <= v / 16.0 + 1, "width at " + v);
            }
        }
        for (int b = 1; b < GapHistogram.BINS; b++) {
            assertEquals(GapHistogram.upperEdge(b - 1) + 1, GapHistogram.lowerEdge(b));
        }
    }

    @Test
    void quantilesWithinOneBinOfTheSortedSample() {
        Random rnd = new Random(7);
        int[] sample = new int[5000];
        GapHistogram h = new GapHistogram();
        for (int i = 0; i < sample.length; i++) {
            sample[i] = 800 + (int) (-400 * Math.log(1 - rnd.nextDouble()));
            h.add(sample[i]);
        }
        Arrays.sort(sample);
        for (double q : new double[] {0.01, 0.5, 0.9, 0.99, 0.999, 1.0}) {
            int exact = sample[(int) Math.ceil(q * sample.length) - 1];
            int got = h.quantile(q);
            assertTrue(got >= exact && got <= GapHistogram.upperEdge(GapHistogram.binOf(exact)), q + ": " + got + " vs " + exact);
        }
        assertEquals(sample[sample.length - 1], h.max());
    }

    @Test
    void topKGivesAnchorAndMeanExcess() {
        GapHistogram h = new GapHistogram();
        for (int i = 0; i < 100; i++) {
            h.add(1000);
        }
        h.add(3000);
        h.add(4000);
        // top 3: 4000 (exact max), 3000 (upper edge 3071), 1000 (upper edge 1023); anchor = 992
        double mean = (4000 + 3071 + 1023) / 3.0;
        double var = (4000.0 * 4000 + 3071.0 * 3071 + 1023.0 * 1023) / 3 - mean * mean;
        assertArrayEquals(new double[] {992, mean - 992, var}, h.topK(3), 1e-6);
        assertEquals(2, h.countAbove(2000));
        assertEquals(1023, h.largestAtOrBelow(1500));
    }

    @Test
    void saturatedBinAgesEveryCount() {
        GapHistogram h = new GapHistogram();
        h.add(5000);
        h.add(5000);
        for (int i = 0; i < 65_536; i++) {
            h.add(1000);
        }
        assertEquals(1, h.count(GapHistogram.binOf(5000)));
        assertEquals(32_768, h.count(GapHistogram.binOf(1000)));
        assertEquals(32_769, h.total());
    }

    /** The octave-range storage answers like a plain dense count per bin, through adds, ageing, copies and clears. */
    @Test
    void countsMatchADenseReferenceThroughAgeingCopyAndClear() {
        GapHistogram h = new GapHistogram();
        int[] dense = new int[GapHistogram.BINS];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            // mostly one interval, now and then a long gap: the shape of a real node
            int ms = r.nextInt(100) < 97 ? 1000 + r.nextInt(-40, 40) : r.nextInt(0, GapHistogram.TOP + 5000);
            int b = GapHistogram.binOf(ms);
            if (dense[b] == Character.MAX_VALUE) {
                for (int k = 0; k < dense.length; k++) {
                    dense[k] >>>= 1;
                }
            }
            dense[b]++;
            h.add(ms);
        }
        int total = 0;
        for (int b = 0; b < GapHistogram.BINS; b++) {
            assertEquals(dense[b], h.count(b), "bin " + b);
            total += dense[b];
        }
        assertEquals(total, h.total());
        GapHistogram copy = new GapHistogram();
        copy.copyFrom(h);
        h.clear();
        assertEquals(0, h.count(GapHistogram.binOf(1000)));
        assertEquals(dense[GapHistogram.binOf(1000)], copy.count(GapHistogram.binOf(1000)), "a copy does not share counts");
        h.add(1000);
        assertEquals(1, h.total());
    }
}
