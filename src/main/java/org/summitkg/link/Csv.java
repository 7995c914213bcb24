package org.summitkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitkg.SummitKgException;

/**
 * The gazetteer's source files: RFC 4180 CSV with a header line, read with Apache Commons CSV.
 * Each row is a map from column name to value (empty where the row is short); asking for a
 * column the file does not have is an error that names the file, the line and the column.
 */
final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private Csv() {
    }

    /** Rows as maps from header name to value; a file that is missing is read from its gzipped copy (NAME.gz) if there is one. */
    static List<Map<String, String>> read(Path file) {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        boolean zipped = !Files.exists(file) && Files.exists(gz);
        try (InputStream raw = Files.newInputStream(zipped ? gz : file);
             Reader in = new InputStreamReader(zipped ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            List<String> header = csv.getHeaderNames();
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord record : csv) {
                Row row = new Row(file, record.getRecordNumber() + 1);
                for (String column : header) {
                    row.put(column, record.isSet(column) ? record.get(column) : "");
                }
                out.add(row);
            }
            return out;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new SummitKgException(file + ": CSV file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** One row; {@link #get} of a column the file lacks fails with the file, line and column. */
    private static final class Row extends HashMap<String, String> {
        private final transient Path file;
        private final long line;

        Row(Path file, long line) {
            this.file = file;
            this.line = line;
        }

        @Override
        public String get(Object column) {
            String value = super.get(column);
            if (value == null) {
                throw new SummitKgException(file + " line " + line + ": no column '" + column + "' (columns: "
                        + String.join(", ", keySet()) + ")");
            }
            return value;
        }
    }
}
