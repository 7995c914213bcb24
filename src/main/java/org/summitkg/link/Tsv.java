package org.summitkg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.summitkg.SummitKgException;

/** Tab-separated files with a header line; every row padded to the header's width. */
final class Tsv {
    private Tsv() {
    }

    static List<String[]> rows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int width = lines.isEmpty() ? 0 : lines.get(0).split("\t", -1).length;
            List<String[]> out = new ArrayList<>();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (!line.isBlank()) {
                    String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), width);
                    for (int i = 0; i < width; i++) {
                        cells[i] = cells[i] == null ? "" : cells[i].strip();
                    }
                    out.add(cells);
                }
            }
            return out;
        } catch (IOException e) {
            throw new SummitKgException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
