package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.corpus.Article;


class CachingAnnotatorTest {
    @TempDir
    Path dir;

    /** An annotator that makes one token per article and counts its calls. */
    private static final class CountingAnnotator implements Annotator {
        final AtomicInteger calls = new AtomicInteger();
        final String settings;

        CountingAnnotator(String settings) {
            this.settings = settings;
        }

        @Override
        public Annotations annotate(Article article) {
            calls.incrementAndGet();
            Token t = new Token(0, 0, article.text(), article.text(), "NN", "O", "", 0, article.text().length());
            return new Annotations(List.of(t), List.of(new Sentence(0, 0, article.text().length(), 0, 1, List.of(), List.of())),
                    List.of(), List.of(), List.of());
        }

        @Override
        public String settings() {
            return settings;
        }
    }

    private static Article article(String text) {
        return new Article("a", "a.txt", "", "", null, "", text);
    }

    @Test
    void annotatesAnUnchangedTextOnlyOnceAcrossInstances() {
        CountingAnnotator nlp = new CountingAnnotator("s1");
        Annotations first = new CachingAnnotator(nlp, dir).annotate(article("Hello"));
        CachingAnnotator second = new CachingAnnotator(nlp, dir);
        Annotations again = second.annotate(article("Hello"));
        assertEquals(1, nlp.calls.get());
        assertEquals(first, again);
        assertEquals(1, second.hits());
        assertEquals(0, second.misses());
    }

    @Test
    void annotatesAgainWhenTextOrSettingsChange() {
        CountingAnnotator nlp = new CountingAnnotator("s1");
        new CachingAnnotator(nlp, dir).annotate(article("Hello"));
        new CachingAnnotator(nlp, dir).annotate(article("Hello!"));
        CountingAnnotator other = new CountingAnnotator("s2");
        new CachingAnnotator(other, dir).annotate(article("Hello"));
        assertEquals(2, nlp.calls.get());
        assertEquals(1, other.calls.get());
    }

    @Test
    void ignoresACorruptCacheFileAndRewritesIt() throws IOException {
        CountingAnnotator nlp = new CountingAnnotator("s1");
        CachingAnnotator cache = new CachingAnnotator(nlp, dir);
        cache.annotate(article("Hello"));
        Path file = dir.resolve(cache.key(article("Hello")) + ".json.gz");
        Files.writeString(file, "not gzip");
        assertEquals("Hello", cache.annotate(article("Hello")).tokens().get(0).word());
        assertEquals(2, nlp.calls.get());
        new CachingAnnotator(nlp, dir).annotate(article("Hello"));
        assertEquals(2, nlp.calls.get());
    }
}
