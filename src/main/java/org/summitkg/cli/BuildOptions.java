package org.summitkg.cli;

import java.nio.file.Path;
import org.summitkg.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What a build reads and how: shared by {@code build} and {@code serve --build}. */
final class BuildOptions {
    @Option(names = "--corpus", paramLabel = "DIR|FILE", defaultValue = "corpus",
            description = "Folder of .txt articles (optionally with articles.tsv) or one file (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache",
            description = "Folder for cached CoreNLP annotations (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated and extracted at once (default: one per core, or the system property summitkg.threads).")
    Integer threads;

    @Option(names = "--prune", description = "Also drop the graphs of articles no longer in the corpus.")
    boolean prune;

    @Mixin
    OnlineOptions online;

    /** The number of workers, checked: a usage error below 1. */
    int threads(CommandSpec spec) {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        return threads == null ? CoreNlpAnnotator.threads() : threads;
    }
}
