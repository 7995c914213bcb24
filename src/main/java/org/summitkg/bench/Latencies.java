package org.summitkg.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Request latencies, recorded from any number of threads into an HdrHistogram (three significant
 * digits, up to an hour), read back as percentiles in milliseconds.
 *
 * <pre>{@code
 * Latencies l = new Latencies();
 * l.record(System.nanoTime() - start);
 * double p99 = l.percentileMs(99);
 * }</pre>
 */
public final class Latencies {
    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private final Histogram histogram = new ConcurrentHistogram(HOUR_NANOS, 3);

    public void record(long nanos) {
        histogram.recordValue(Math.max(0, Math.min(nanos, HOUR_NANOS)));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency below which {@code percentile} per cent of the requests fell, in milliseconds. */
    public double percentileMs(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }
}
