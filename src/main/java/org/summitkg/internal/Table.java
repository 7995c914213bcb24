package org.summitkg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitkg.SummitKgException;

/**
 * The one reader of summit-kg's tables, CSV (RFC 4180) and tab-separated (no quoting, {@code #}
 * comment lines), with Apache Commons CSV. A table has a header line; each {@link Row} maps column
 * names to stripped values, empty where the row is short, and asking for a column the table lacks
 * fails with the source, line and column.
 *
 * <pre>{@code
 * for (Table.Row row : Table.tsv(Path.of("kinds.tsv"))) {
 *     String kind = row.get("kind");
 * }
 * }</pre>
 */
public final class Table {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).setHeader().setSkipHeaderRecord(true).get();

    private Table() {
    }

    /** A CSV file; one that is missing is read from its gzipped copy (NAME.gz) if there is one. */
    public static List<Row> csv(Path file) {
        return read(file, CSV);
    }

    /** A tab-separated file. */
    public static List<Row> tsv(Path file) {
        return read(file, TSV);
    }

    /** A tab-separated resource on the classpath, e.g. {@code /org/summitkg/lexicon/kinds.tsv}. */
    public static List<Row> tsvResource(String resource) {
        try (InputStream in = Table.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SummitKgException(resource + ": missing from the classpath");
            }
            return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8), TSV);
        } catch (IOException e) {
            throw new SummitKgException(resource + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static List<Row> read(Path file, CSVFormat format) {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        boolean zipped = !Files.exists(file) && Files.exists(gz);
        try (InputStream raw = Files.newInputStream(zipped ? gz : file);
             Reader in = new InputStreamReader(zipped ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8)) {
            return read(file.toString(), in, format);
        } catch (IOException | UncheckedIOException e) {
            throw new SummitKgException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Rows of a table read from {@code in}; {@code source} names it in errors. */
    public static List<Row> read(String source, Reader in, CSVFormat format) {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            List<Row> out = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : header) {
                    values.put(column, record.isSet(column) ? record.get(column).strip() : "");
                }
                out.add(new Row(source, parser.getCurrentLineNumber(), values));
            }
            return out;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new SummitKgException(source + ": cannot be read as a table (" + e.getMessage() + ")", e);
        }
    }

    /**
     * One row of a table.
     *
     * @param source the file or resource it was read from
     * @param line   its line number (of its last line, for a CSV record over several lines)
     * @param values column name to value
     */
    public record Row(String source, long line, Map<String, String> values) {
        public Row {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The value in that column; a column the table lacks is an error naming source, line and column. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new SummitKgException(source + " line " + line + ": no column '" + column + "' (columns: "
                        + String.join(", ", values.keySet()) + ")");
            }
            return value;
        }

        /** An error about this row's value in a column: "file line 4: 'rank' must be a number, was "x"". */
        public SummitKgException error(String column, String rule) {
            return new SummitKgException(source + " line " + line + ": '" + column + "' " + rule + ", was \""
                    + values.get(column) + "\"");
        }
    }
}
