package org.summitkg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.summitkg.internal.Table;

/**
 * Known defects of the gazetteer's source files ({@code ontology/gazetteer/corrections.tsv}): a
 * wrong QID replaced, a QID a row lacks filled in from another column, a QID ignored.
 */
final class Corrections {
    /** One row of the file. */
    private record Correction(String column, String value, String becomes) {
    }

    private final List<Correction> corrections;

    private Corrections(List<Correction> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    static Corrections none() {
        return new Corrections(List.of());
    }

    /** The corrections in {@code folder}/corrections.tsv, or none if there is no such file. */
    static Corrections in(Path folder) {
        Path file = folder == null ? null : folder.resolve("corrections.tsv");
        if (file == null || !Files.exists(file)) {
            return none();
        }
        List<Correction> out = new ArrayList<>();
        for (Table.Row row : Table.tsv(file)) {
            String becomes = row.get("becomes");
            if (!becomes.isEmpty() && !becomes.matches("Q[1-9][0-9]*")) {
                throw row.error("becomes", "must be a QID or empty");
            }
            out.add(new Correction(row.get("column"), row.get("value"), becomes));
        }
        return new Corrections(out);
    }

    /** The row's QID from {@code qidColumn}, corrected; empty where it has none or it is ignored. */
    String qid(Table.Row row, String qidColumn) {
        String qid = row.get(qidColumn);
        for (Correction c : corrections) {
            String value = row.values().get(c.column().equals("qid") ? qidColumn : c.column());
            boolean onQid = c.column().equals("qid");
            if (c.value().equals(value) && (onQid || qid.isEmpty())) {
                return c.becomes();
            }
        }
        return qid;
    }

    /** Whether a QID is ignored wherever it stands. */
    boolean ignored(String qid) {
        return corrections.stream().anyMatch(c -> c.column().equals("qid") && c.value().equals(qid) && c.becomes().isEmpty());
    }
}
