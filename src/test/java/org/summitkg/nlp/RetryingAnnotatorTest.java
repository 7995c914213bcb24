package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.summitkg.corpus.Article;


class RetryingAnnotatorTest {
    private static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());
    private static final Article ARTICLE = new Article("a", "a.txt", "", "", null, "", "Hello there.");

    /** Fails the first {@code failures} calls, then annotates. */
    private static Annotator failing(int failures, AtomicInteger calls) {
        return new Annotator() {
            @Override
            public Annotations annotate(Article article) {
                if (calls.incrementAndGet() <= failures) {
                    throw new IllegalStateException("shared state was busy");
                }
                return EMPTY;
            }

            @Override
            public String settings() {
                return "fake";
            }
        };
    }

    @Test
    void anArticleTheAnnotatorFailsOnOnceIsAnnotatedAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertSame(EMPTY, new RetryingAnnotator(failing(1, calls)).annotate(ARTICLE));
        assertEquals(2, calls.get());
    }

    @Test
    void aSecondFailureIsPassedOn() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> new RetryingAnnotator(failing(2, calls)).annotate(ARTICLE));
        assertEquals(2, calls.get());
    }

    @Test
    void keepsTheSettingsOfTheAnnotatorItWraps() {
        assertEquals("fake", new RetryingAnnotator(failing(0, new AtomicInteger())).settings());
    }
}
