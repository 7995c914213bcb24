package org.summitkg.link;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitkg.SummitKgException;

/**
 * The hand-kept tab-separated files beside the gazetteer (a header line, no quoting), read with
 * Apache Commons CSV; every row padded to the header's width, cells stripped, blank lines skipped.
 */
final class Tsv {
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null).setIgnoreEmptyLines(true).setTrim(true).get();

    private Tsv() {
    }

    static List<String[]> rows(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser tsv = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            List<String[]> out = new ArrayList<>();
            int width = -1;
            for (CSVRecord record : tsv) {
                if (width < 0) {
                    width = record.size();
                    continue;
                }
                String[] cells = new String[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = i < record.size() ? record.get(i) : "";
                }
                out.add(cells);
            }
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new SummitKgException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
