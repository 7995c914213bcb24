package org.summitkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class CorpusSourceTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryTextFileWithItsMetadata() throws IOException {
        write("a.txt", "First article.");
        write("b.txt", "Second article.");
        write("articles.tsv", "id\tfile\ttitle\tauthor\tpublished\tsource\nart-a\ta.txt\tTitle A\tJane Doe\t2025-08-16\t\n");
        Corpus corpus = CorpusSource.of(dir).read();
        assertEquals(List.of("art-a", "b"), corpus.articles().stream().map(Article::id).toList());
        Article a = corpus.articles().get(0);
        assertEquals("Title A", a.title());
        assertEquals("Jane Doe", a.author());
        assertEquals(LocalDate.of(2025, 8, 16), a.published());
        assertTrue(corpus.skipped().isEmpty());
    }

    @Test
    void aDatelineDatesAnArticleOnlyWhereTheMetadataDoesNot() throws IOException {
        write("a.txt", "PORT ALDER, March 3, 2024 (Northern Wire) — The council met.");
        write("b.txt", "PORT ALDER, March 3, 2024 — The council met again.");
        write("c.txt", "PORT ALDER, March 3 — No year, no date.");
        write("articles.tsv", "id\tfile\ttitle\tauthor\tpublished\tsource\nb\tb.txt\t\t\t2024-03-04\t\n");
        List<Article> articles = CorpusSource.of(dir).read().articles();
        assertEquals(LocalDate.of(2024, 3, 3), articles.get(0).published());
        assertEquals(LocalDate.of(2024, 3, 4), articles.get(1).published(), "the metadata's date wins");
        assertEquals(null, articles.get(2).published());
    }

    @Test
    void readsASingleFile() throws IOException {
        Path file = write("only.txt", "Just one.");
        write("other.txt", "Not this one.");
        Corpus corpus = CorpusSource.of(file).read();
        assertEquals(1, corpus.articles().size());
        assertEquals("only", corpus.articles().get(0).id());
    }

    @Test
    void skipsBadFilesWithTheRuleTheyBrokeAndKeepsTheRest() throws IOException {
        write("good.txt", "Fine text.");
        write("empty.txt", "");
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        write("digits.txt", "12 34 -- 56");
        Corpus corpus = CorpusSource.of(dir).read();
        assertEquals(List.of("good"), corpus.articles().stream().map(Article::id).toList());
        assertEquals(4, corpus.skipped().size());
        assertReason(corpus, "empty.txt", "was empty");
        assertReason(corpus, "latin1.txt", "must be UTF-8");
        assertReason(corpus, "binary.txt", "NUL byte");
        assertReason(corpus, "digits.txt", "had no letters");
    }

    @Test
    void skipsArticlesOverTheSizeLimit() throws IOException {
        write("big.txt", "word ".repeat(100));
        Corpus corpus = CorpusSource.of(dir).maxBytes(100).read();
        assertTrue(corpus.articles().isEmpty());
        assertReason(corpus, "big.txt", "at most 100 bytes, was 500");
    }

    @Test
    void aTwentyMegabyteFileIsSkippedByTheDefaultLimit() throws IOException {
        write("small.txt", "A small article.");
        Files.write(dir.resolve("huge.txt"), "news ".repeat(4 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        Corpus corpus = CorpusSource.of(dir).read();
        assertEquals(List.of("small"), corpus.articles().stream().map(Article::id).toList());
        assertReason(corpus, "huge.txt", "must be at most 2097152 bytes, was 20971520");
    }

    @Test
    void reportsAMalformedMetadataRowAndReadsTheArticleWithoutIt() throws IOException {
        write("a.txt", "Text.");
        write("articles.tsv", "id\tfile\ttitle\tauthor\tpublished\tsource\na\ta.txt\tT\tX\tAug 15\t\n");
        Corpus corpus = CorpusSource.of(dir).read();
        assertEquals(1, corpus.articles().size());
        assertEquals(1, corpus.skipped().size());
        assertTrue(corpus.skipped().get(0).reason().contains("'published' must be an ISO date (yyyy-MM-dd), was \"Aug 15\""),
                corpus.skipped().get(0).reason());
    }

    @Test
    void normalisesLineEndsAndDropsAByteOrderMark() throws IOException {
        write("a.txt", "\uFEFFLine one.\r\nLine two.");
        assertEquals("Line one.\nLine two.", CorpusSource.of(dir).read().articles().get(0).text());
    }

    @Test
    void aMissingCorpusIsOneClearError() {
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusSource.of(dir.resolve("nope")).read());
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("must be an existing folder"), e.getMessage());
    }

    private static void assertReason(Corpus corpus, String file, String fragment) {
        Skipped s = corpus.skipped().stream().filter(x -> x.what().endsWith(file)).findFirst().orElseThrow();
        assertTrue(s.reason().contains(fragment) && s.reason().contains(file), s.reason());
    }
}
