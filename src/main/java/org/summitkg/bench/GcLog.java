package org.summitkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a JVM's GC log ({@code -Xlog:gc:file=F}) says of its heap: the most in use before any
 * collection (the peak) and the most still in use after one (the live set at its largest).
 *
 * <pre>{@code
 * GcLog.Heap heap = GcLog.read(Path.of("target/bench/gc-cold.log"));
 * }</pre>
 */
public final class GcLog {
    // "... Pause Young (Normal) (G1 Evacuation Pause) 1210M->364M(2048M) 12.3ms"
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** Megabytes in use at the peak (before a collection) and after the fullest collection. */
    public record Heap(long peakMb, long liveMb, int collections) {
    }

    private GcLog() {
    }

    public static Heap read(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return parse(lines);
        }
    }

    static Heap parse(Stream<String> lines) {
        long[] peak = {0};
        long[] live = {0};
        int[] count = {0};
        lines.forEach(line -> {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                peak[0] = Math.max(peak[0], Long.parseLong(m.group(1)));
                live[0] = Math.max(live[0], Long.parseLong(m.group(2)));
                count[0]++;
            }
        });
        return new Heap(peak[0], live[0], count[0]);
    }
}
