package org.summitkg.corpus;

import java.time.LocalDate;
import java.util.Objects;

/** One row of {@code articles.tsv}: what is known about an article besides its text. */
public record ArticleMetadata(String id, String file, String title, String author,
                              LocalDate published, String source) {
    public ArticleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
    }
}
