package org.summitkg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;

/**
 * The manifest of a Spark build, {@code OUT/manifest/part-*}: one JSON object a line per article
 * of the input, with what became of it. The next run reads it to skip what is unchanged; {@code load}
 * reads it to know which graphs it replaces.
 */
public final class Manifest {
    /** The folder of the manifest inside a build's output folder. */
    public static final String FOLDER = "manifest";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /**
     * One line of the manifest.
     *
     * @param status {@code built}, {@code unchanged} or {@code skipped}
     * @param reason why an article was skipped, naming it and the rule it broke
     */
    public record Row(String id, String file, String status, String reason, String textSha256, String pipelineVersion,
                      String sourceState, int entities, int statements, int events, long quads) {
        public boolean built() {
            return ArticleOutcome.BUILT.equals(status);
        }

        public boolean skipped() {
            return ArticleOutcome.SKIPPED.equals(status);
        }
    }

    static String line(ArticleOutcome o) {
        try {
            return JSON.writeValueAsString(new Row(o.id(), o.file(), o.status(), o.reason(), o.textSha256(), o.pipelineVersion(),
                    o.sourceState(), o.entities(), o.statements(), o.events(), o.quads()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Row row(String line) {
        try {
            return JSON.readValue(line, Row.class);
        } catch (JsonProcessingException e) {
            throw new SummitKgException("manifest line must be a JSON object of summit-kg's manifest, was \""
                    + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\"", e);
        }
    }

    /** The rows of the manifest in a build's local output folder. */
    public static List<Row> read(Path buildOutput) {
        Path folder = buildOutput.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new SummitKgException(buildOutput + ": must be the output folder of spark-build, has no " + FOLDER + "/");
        }
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(Manifest::isPart).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    if (!line.isBlank()) {
                        rows.add(row(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new SummitKgException(folder + ": manifest cannot be read (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    /** A data file Spark wrote (not _SUCCESS, not a .crc checksum). */
    public static boolean isPart(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && !name.startsWith("_") && !name.startsWith(".");
    }
}
