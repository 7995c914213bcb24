package org.summitkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitkg.link.WikidataClient;
import org.summitkg.nlp.CoreNlpAnnotator;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code summit-kg build}: corpus → TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Annotates the articles of a corpus (a folder of .txt files, or one file), extracts "
                + "their entities, and stores each article as its own named graph in the TDB2 store, "
                + "replacing that article's previous graph. Ends by validating the store against "
                + "ontology/shapes.ttl.",
            "Unchanged articles are not annotated again (cache in --cache)."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--corpus", paramLabel = "DIR|FILE", defaultValue = "corpus",
            description = "Folder of .txt articles (optionally with articles.tsv) or one file (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache",
            description = "Folder for cached CoreNLP annotations (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Mixin
    OnlineOptions online;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles annotated and extracted at once (default: one per core, or the system property summitkg.threads).")
    Integer threads;

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        try (TdbStore store = TdbStore.open(common.db)) {
            return run(spec, corpus, cache, online, store, threads == null ? CoreNlpAnnotator.threads() : threads);
        }
    }

    /** Builds into an open store on {@code threads} workers and prints the summary; shared with {@code serve --build}. */
    static int run(CommandSpec spec, Path corpus, Path cache, OnlineOptions online, TdbStore store, int threads) {
        WikidataClient client = online.client(cache);
        BuildPipeline pipeline = BuildPipeline.withCache(cache, client).threads(threads);
        Progress progress = new Progress(spec.commandLine().getErr());
        BuildReport report = pipeline.onProgress(progress::step).build(corpus, store);
        progress.finish();
        spec.commandLine().getOut().println(report.summary());
        report.skipped().forEach(s -> spec.commandLine().getErr().println("skipped " + s.reason()));
        if (client != null) {
            online.writeLearned(client, cache, spec.commandLine().getOut());
        }
        return report.ok() ? 0 : 1;
    }
}
