package org.summitkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;
import org.summitkg.internal.Folders;

/** Synthetic articles for scaling runs: paragraphs of a corpus recombined at random, reproducibly. */
public final class SyntheticCorpus {
    private static final int PARAGRAPHS_PER_ARTICLE = 8;

    private final List<String> paragraphs = new ArrayList<>();
    private final Random random;

    public SyntheticCorpus(Path corpus, long seed) throws IOException {
        this(texts(corpus), seed);
    }

    /** Recombines the paragraphs of the given article files. */
    public SyntheticCorpus(List<Path> articles, long seed) throws IOException {
        this.random = new Random(seed);
        for (Path f : articles) {
            for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                if (p.split(" ").length > 12) {
                    paragraphs.add(p.strip());
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new SummitKgException("the " + articles.size() + " articles to recombine have no paragraph of more than 12 words");
        }
    }

    private static List<Path> texts(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Writes {@code n} articles into a fresh folder and returns it. */
    public Path write(Path folder, int n) throws IOException {
        Folders.delete(folder);
        Files.createDirectories(folder);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < PARAGRAPHS_PER_ARTICLE; p++) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            Files.writeString(folder.resolve(String.format("synthetic-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return folder;
    }
}
