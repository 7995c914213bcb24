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
        this.random = new Random(seed);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                    if (p.split(" ").length > 12) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new SummitKgException(corpus + ": corpus must have paragraphs to recombine, had none");
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
