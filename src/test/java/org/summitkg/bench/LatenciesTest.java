package org.summitkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesOfRecordedLatenciesInMilliseconds() {
        Latencies l = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            l.record(ms * 1_000_000L);
        }
        assertEquals(100, l.count());
        assertEquals(50.0, l.percentileMs(50), 0.1);
        assertEquals(99.0, l.percentileMs(99), 0.1);
        assertEquals(100.0, l.percentileMs(100), 0.1);
    }
}
