package dev.pulsegrid.protocol.collectd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectdTimeTest {
    @ParameterizedTest
    @CsvSource({
        // cdtime (2^-30 s units)      millis
        "0,                            0",
        "1073741824,                   1000",          // 1 s
        "2147483648,                   2000",          // Interval 2 as collectd sends it
        "536870912,                    500",           // 0.5 s
        "10737418240,                  10000",         // the default Interval 10
        "-1,                           17179869183999", // all bits: no overflow, no negative
    })
    void hiResToMillis(long cdtime, long millis) {
        assertEquals(millis, CollectdTime.hiResToMillis(cdtime));
    }

    @ParameterizedTest
    @CsvSource({
        "10,                   10000",
        "-1,                   9223372036854775807",
        "9223372036854775807,  9223372036854775807",
    })
    void secondsToMillisSaturates(long seconds, long millis) {
        assertEquals(millis, CollectdTime.secondsToMillis(seconds));
    }

    @ParameterizedTest
    @CsvSource({"-5, 0", "0, 0", "2000, 2000", "86400000, 86400000", "999999999999, 86400000"})
    void clampInterval(long millis, int hint) {
        assertEquals(hint, CollectdTime.clampInterval(millis));
    }
}
