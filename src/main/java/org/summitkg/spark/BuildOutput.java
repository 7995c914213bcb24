package org.summitkg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;

/**
 * The output folder of a Spark build, as {@code load} reads it from a local disk: the ontology's
 * N-Quads, the parts of {@code graphs/}, and the manifest.
 */
public final class BuildOutput {
    static final String GRAPHS = "graphs";
    static final String ONTOLOGY = "ontology.nq";
    static final String RESOURCES = "resources";
    /** The cross-article events graph of a run's articles, N-Quads. */
    public static final String EVENTS = "events";

    private final Path folder;

    public BuildOutput(Path folder) {
        this.folder = folder;
    }

    /** The N-Quads files to load: the ontology first, then every part of graphs/. */
    public List<Path> nquadsFiles() {
        Path ontology = folder.resolve(ONTOLOGY);
        if (!Files.isRegularFile(ontology)) {
            throw new SummitKgException(folder + ": must be the output folder of spark-build, has no " + ONTOLOGY);
        }
        List<Path> files = new ArrayList<>(List.of(ontology));
        Path graphs = folder.resolve(GRAPHS);
        if (Files.isDirectory(graphs)) {
            try (Stream<Path> parts = Files.list(graphs)) {
                parts.filter(Manifest::isPart).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new SummitKgException(graphs + ": cannot be listed (" + e.getMessage() + ")", e);
            }
        }
        return files;
    }

    public List<Manifest.Row> manifest() {
        return Manifest.read(folder);
    }

    public Path manifestFolder() {
        return folder.resolve(Manifest.FOLDER);
    }
}
