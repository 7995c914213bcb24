package org.summitkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GcLogTest {
    @Test
    void peakIsTheFullestHeapBeforeACollectionAndLiveTheFullestAfterOne() {
        GcLog.Heap heap = GcLog.parse(Stream.of(
                "[0.012s][info][gc] Using G1",
                "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 1210M->364M(2048M) 12.345ms",
                "[3.990s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 2900M->1800M(4096M) 30.1ms",
                "[4.100s][info][gc] GC(2) Pause Remark 1900M->1700M(4096M) 3.0ms"));
        assertEquals(2900, heap.peakMb());
        assertEquals(1800, heap.liveMb());
        assertEquals(3, heap.collections());
    }

    @Test
    void aLogWithoutCollectionsSaysNothingWasMeasured() {
        GcLog.Heap heap = GcLog.parse(Stream.of("[0.012s][info][gc] Using G1"));
        assertEquals(0, heap.collections());
        assertEquals(0, heap.peakMb());
    }
}
