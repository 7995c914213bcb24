package org.summitkg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a corpus: a folder of {@code .txt} files (with an optional {@code articles.tsv}) or a
 * single file. Files that break a rule are skipped with a reason; the others go through.
 *
 * <pre>{@code
 * Corpus corpus = CorpusSource.of(Path.of("corpus")).read();
 * corpus.skipped().forEach(s -> log.warn("Skipping {}", s));
 * }</pre>
 */
public final class CorpusSource {
    /** Default largest article accepted: 2 MiB of UTF-8, far beyond any news article. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private final Path location;
    private final long maxBytes;

    private CorpusSource(Path location, long maxBytes) {
        this.location = location;
        this.maxBytes = maxBytes;
    }

    public static CorpusSource of(Path location) {
        return new CorpusSource(location, DEFAULT_MAX_BYTES);
    }

    public CorpusSource maxBytes(long limit) {
        return new CorpusSource(location, limit);
    }

    /** Reads every article; throws {@link CorpusException} only when the location itself is unusable. */
    public Corpus read() {
        if (!Files.exists(location)) {
            throw new CorpusException(location, "corpus must be an existing folder or .txt file, found nothing there");
        }
        Path folder = Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, ArticleMetadata> metadata = metadata(folder.resolve(MetadataReader.FILE_NAME), skipped);
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ArticleReader reader = new ArticleReader(maxBytes);
        for (Path file : files()) {
            try {
                Article article = article(file, reader, metadata.get(file.getFileName().toString()));
                if (!ids.add(article.id())) {
                    throw new CorpusException(file, "article id must be unique, \"" + article.id() + "\" is used twice");
                }
                articles.add(article);
            } catch (CorpusException e) {
                skipped.add(new Skipped(file.toString(), e.getMessage()));
            }
        }
        return new Corpus(articles, skipped);
    }

    private List<Path> files() {
        if (!Files.isDirectory(location)) {
            return List.of(location);
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException(location, "corpus folder cannot be listed", e);
        }
    }

    /**
     * An article from bytes read elsewhere (a cluster's file system, a column of a table), under
     * the rules a corpus folder keeps; throws {@link CorpusException} naming the rule broken.
     *
     * @param name  the file the bytes came from, e.g. {@code 000_abc.txt}
     * @param meta  its row of {@code articles.tsv}, or null
     */
    public static Article article(String name, byte[] bytes, ArticleMetadata meta, long maxBytes) {
        Path file = Path.of(name);
        return withMetadata(file, new ArticleReader(maxBytes).text(file, bytes), meta);
    }

    /** The rows of an {@code articles.tsv} keyed by file name; a malformed row, or the whole file, lands in {@code skipped}. */
    public static Map<String, ArticleMetadata> metadata(Path tsv, List<Skipped> skipped) {
        if (!Files.exists(tsv)) {
            return Map.of();
        }
        MetadataReader reader = new MetadataReader(tsv);
        try {
            Map<String, ArticleMetadata> rows = reader.read();
            skipped.addAll(reader.skipped());
            return rows;
        } catch (CorpusException e) {
            skipped.add(new Skipped(tsv.toString(), e.getMessage()));
            return Map.of();
        }
    }

    private static Article article(Path file, ArticleReader reader, ArticleMetadata meta) {
        return withMetadata(file, reader.text(file), meta);
    }

    private static Article withMetadata(Path file, String text, ArticleMetadata meta) {
        String name = file.getFileName().toString();
        LocalDate dateline = Dateline.of(text).orElse(null); // the reference date when the metadata gives none
        if (meta == null) {
            return new Article(ArticleReader.idOf(name), name, "", "", dateline, "", text);
        }
        try {
            LocalDate published = meta.published() != null ? meta.published() : dateline;
            return new Article(meta.id(), name, meta.title(), meta.author(), published, meta.source(), text);
        } catch (IllegalArgumentException e) {
            throw new CorpusException(file, e.getMessage());
        }
    }

    /** The id an article file without metadata gets: its name without extension, IRI-safe. */
    public static String idOf(String fileName) {
        return ArticleReader.idOf(fileName);
    }
}
