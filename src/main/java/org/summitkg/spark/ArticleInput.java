package org.summitkg.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.ArticleMetadata;
import org.summitkg.corpus.CorpusException;
import org.summitkg.corpus.CorpusSource;

/**
 * One article as a cluster reads it, before any check: where it came from, its raw bytes, and
 * the metadata its corpus gives (empty strings where none).
 *
 * @param name      the file (or {@code file#id} for a row of a table) it came from
 * @param bytes     the text as stored
 * @param id        the id the metadata gives, or empty for one taken from {@code name}
 * @param published publication date as given (ISO date or timestamp), or empty
 * @param previous  the source state the previous run recorded for this id, or empty
 */
record ArticleInput(String name, byte[] bytes, String id, String title, String author, String published, String source,
                    String previous) implements Serializable {

    /** The id the article will have: the metadata's, or the one its file name gives. */
    String articleId() {
        return id.isEmpty() ? CorpusSource.idOf(name) : id;
    }

    ArticleInput withPrevious(String state) {
        return new ArticleInput(name, bytes, id, title, author, published, source, state == null ? "" : state);
    }

    /** The article, checked by the rules of a corpus folder (UTF-8, size, not binary, some letters). */
    Article article(long maxBytes) {
        boolean noMetadata = id.isEmpty() && title.isEmpty() && author.isEmpty() && published.isEmpty() && source.isEmpty();
        ArticleMetadata meta = noMetadata ? null
                : new ArticleMetadata(articleId(), name, title, author, date(), source);
        return CorpusSource.article(name, bytes, meta, maxBytes);
    }

    private LocalDate date() {
        if (published.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
        } catch (DateTimeParseException e) {
            throw new CorpusException(java.nio.file.Path.of(name), "'published' must be an ISO date (yyyy-MM-dd), was \"" + published + "\"");
        }
    }
}
