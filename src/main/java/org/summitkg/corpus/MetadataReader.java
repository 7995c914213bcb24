package org.summitkg.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.SummitKgException;
import org.summitkg.internal.Table;

/**
 * Reads {@code articles.tsv}: a header line naming the columns (id, file, title, author,
 * published, source; only {@code file} is required; other columns are ignored), then one
 * tab-separated row per article ({@code #} lines are comments). A malformed row is reported and
 * skipped; the other rows are kept.
 */
final class MetadataReader {
    static final String FILE_NAME = "articles.tsv";

    private final Path tsv;
    private final List<Skipped> skipped = new ArrayList<>();

    MetadataReader(Path tsv) {
        this.tsv = tsv;
    }

    /** Rows keyed by file name. */
    Map<String, ArticleMetadata> read() {
        List<Table.Row> rows;
        try {
            rows = Table.tsv(tsv);
        } catch (SummitKgException e) {
            throw new CorpusException(tsv, "metadata file cannot be read as UTF-8 tab-separated text (" + e.getMessage() + ")", e);
        }
        if (!rows.isEmpty() && !rows.get(0).values().containsKey("file")) {
            throw new CorpusException(tsv, 1, "header must name a 'file' column, was \""
                    + String.join("\t", rows.get(0).values().keySet()) + "\"");
        }
        Map<String, ArticleMetadata> out = new HashMap<>();
        for (Table.Row row : rows) {
            try {
                ArticleMetadata m = row(row);
                out.put(m.file(), m);
            } catch (CorpusException e) {
                skipped.add(new Skipped(tsv + " line " + row.line(), e.getMessage()));
            }
        }
        return out;
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    private ArticleMetadata row(Table.Row row) {
        String file = cell(row, "file");
        if (file.isEmpty()) {
            throw new CorpusException(tsv, (int) row.line(), "'file' must not be empty");
        }
        String id = cell(row, "id");
        return new ArticleMetadata(id.isEmpty() ? ArticleReader.idOf(file) : id, file, cell(row, "title"),
                cell(row, "author"), date(cell(row, "published"), (int) row.line()), cell(row, "source"));
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

    /** An optional column: empty when the file does not have it. */
    private static String cell(Table.Row row, String column) {
        return row.values().getOrDefault(column, "");
    }
}
