package org.summitkg.corpus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One news article as read from the corpus.
 *
 * @param id        stable id, safe in IRIs (letters, digits, '-', '_', '.')
 * @param file      the source file's name, e.g. {@code 000_abc.txt}
 * @param title     title if known, else empty
 * @param author    author or outlet if known, else empty
 * @param published publication date if known, else {@code null}
 * @param source    where the article came from (URL or note) if known, else empty
 * @param text      the article text, line ends normalised to '\n'
 */
public record Article(String id, String file, String title, String author, LocalDate published,
                      String source, String text) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("article id must match " + ID + ", was \"" + id + "\"");
        }
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        source = Objects.requireNonNullElse(source, "");
    }

    /** The publication date, when the corpus states one. */
    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
