package org.summitkg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.SummitKgException;

/** A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. */
final class Csv {
    private Csv() {
    }

    /** Rows as maps from header name to value; a file that is missing is read from its gzipped copy (NAME.gz) if there is one. */
    static List<Map<String, String>> read(Path file) {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try {
            String text = !Files.exists(file) && Files.exists(gz)
                    ? new String(new java.util.zip.GZIPInputStream(Files.newInputStream(gz)).readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> rows = parse(text);
            if (rows.isEmpty()) {
                return List.of();
            }
            List<String> header = rows.get(0);
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), i < row.size() ? row.get(i) : "");
                }
                out.add(m);
            }
            return out;
        } catch (IOException e) {
            throw new SummitKgException(file + ": CSV file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString().replaceAll("\r$", ""));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
