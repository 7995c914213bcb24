package org.summitkg.cli;

import java.nio.file.Path;
import org.summitkg.internal.Folders;
import org.summitkg.rdf.TdbStore;

/**
 * The corpus built once per test JVM with the real CoreNLP pipeline into a fresh TDB2 store, and
 * shared by every integration test. Annotations are cached in {@code data/cache} like the CLI's,
 * so a second test run does not annotate again.
 */
final class BuiltCorpus {
    static final Path CORPUS = Path.of("corpus");
    static final Path CACHE = Path.of("data/cache");
    static final Path GOLD = Path.of("src/test/resources/gold");

    private static BuiltCorpus instance;

    final TdbStore store;
    final BuildReport report;
    final BuildPipeline pipeline;

    private BuiltCorpus(TdbStore store, BuildReport report, BuildPipeline pipeline) {
        this.store = store;
        this.report = report;
        this.pipeline = pipeline;
    }

    static synchronized BuiltCorpus get() {
        if (instance == null) {
            Path db = Path.of("target/it-store");
            Folders.delete(db);
            TdbStore store = TdbStore.open(db);
            BuildPipeline pipeline = BuildPipeline.withCache(CACHE);
            instance = new BuiltCorpus(store, pipeline.build(CORPUS, store), pipeline);
        }
        return instance;
    }

}
