package org.summitkg.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code articles.tsv}: a header line naming the columns (id, file, title, author,
 * published, source; only {@code file} is required), then one tab-separated row per article.
 * A malformed row is reported and skipped; the other rows are kept.
 */
final class MetadataReader {
    static final String FILE_NAME = "articles.tsv";
    private static final List<String> COLUMNS = List.of("id", "file", "title", "author", "published", "source");

    private final Path tsv;
    private final List<Skipped> skipped = new ArrayList<>();

    MetadataReader(Path tsv) {
        this.tsv = tsv;
    }

    /** Rows keyed by file name. */
    Map<String, ArticleMetadata> read() {
        List<String> lines = readLines();
        if (lines.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> header = header(lines.get(0));
        Map<String, ArticleMetadata> rows = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                ArticleMetadata row = row(header, lines.get(i), i + 1);
                rows.put(row.file(), row);
            } catch (CorpusException e) {
                skipped.add(new Skipped(tsv + " line " + (i + 1), e.getMessage()));
            }
        }
        return rows;
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    private List<String> readLines() {
        try {
            return Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException(tsv, "metadata file cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    private Map<String, Integer> header(String line) {
        List<String> names = Arrays.asList(line.strip().split("\t"));
        if (!names.contains("file")) {
            throw new CorpusException(tsv, 1, "header must name a 'file' column, was \"" + line + "\"");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (COLUMNS.contains(names.get(i))) {
                header.put(names.get(i), i);
            }
        }
        return header;
    }

    private ArticleMetadata row(Map<String, Integer> header, String line, int number) {
        String[] cells = line.split("\t", -1);
        int width = header.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (cells.length < width) {
            throw new CorpusException(tsv, number, "row must have " + width + " tab-separated cells, had " + cells.length);
        }
        String file = cell(header, cells, "file");
        if (file.isEmpty()) {
            throw new CorpusException(tsv, number, "'file' must not be empty");
        }
        String id = cell(header, cells, "id");
        return new ArticleMetadata(id.isEmpty() ? ArticleReader.idOf(file) : id, file,
                cell(header, cells, "title"), cell(header, cells, "author"),
                date(cell(header, cells, "published"), number), cell(header, cells, "source"));
    }

    private LocalDate date(String value, int number) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CorpusException(tsv, number, "'published' must be an ISO date (yyyy-MM-dd), was \"" + value + "\"");
        }
    }

    private static String cell(Map<String, Integer> header, String[] cells, String name) {
        Integer i = header.get(name);
        return i == null || i >= cells.length ? "" : cells[i].strip();
    }
}
