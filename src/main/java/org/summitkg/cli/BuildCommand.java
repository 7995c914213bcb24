package org.summitkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitkg.link.WikidataClient;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    BuildOptions options;

    @Override
    public Integer call() {
        int workers = options.threads(spec);
        try (TdbStore store = TdbStore.open(common.db)) {
            return run(spec, options, workers, store);
        }
    }

    /** Builds into an open store on {@code threads} workers and prints the summary; shared with {@code serve --build}. */
    static int run(CommandSpec spec, BuildOptions options, int threads, TdbStore store) {
        Path corpus = options.corpus;
        Path cache = options.cache;
        OnlineOptions online = options.online;
        WikidataClient client = online.client(cache);
        BuildPipeline pipeline = BuildPipeline.withCache(cache, client).threads(threads);
        Progress progress = new Progress(spec.commandLine().getErr());
        BuildReport report = pipeline.onProgress(progress::step).build(corpus, store, options.prune);
        progress.finish();
        spec.commandLine().getOut().println(report.summary());
        report.skipped().forEach(s -> spec.commandLine().getErr().println("skipped " + s.reason()));
        if (client != null) {
            online.writeLearned(client, cache, spec.commandLine().getOut());
        }
        return report.ok() ? 0 : 1;
    }
}
