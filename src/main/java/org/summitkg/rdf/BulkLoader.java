package org.summitkg.rdf;

import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads N-Quads files into the store with TDB2's bulk loader, replacing the named graphs they
 * hold. Every file is parsed once before anything is removed, so a broken file leaves the store
 * as it was; the graphs to replace are then dropped in one transaction and the files loaded.
 * A load that fails part-way can be run again: it replaces the same graphs.
 *
 * <pre>{@code
 * BulkLoader.Result r = new BulkLoader(store).load(List.of(Path.of("out/graphs/part-00000")), List.of(graphIri));
 * }</pre>
 */
public final class BulkLoader {
    private static final Logger log = LoggerFactory.getLogger("summitkg.load");
    private final TdbStore store;

    public BulkLoader(TdbStore store) {
        this.store = store;
    }

    /** How much was loaded, and how fast. */
    public record Result(long quads, java.util.Set<String> replaced, double seconds) {
        public double quadsPerSecond() {
            return seconds <= 0 ? 0 : quads / seconds;
        }
    }

    /** Loads {@code files}, first dropping the named graphs {@code replaced} (graph IRIs) the store has. */
    public Result load(List<Path> files, Collection<String> replaced) {
        files.forEach(BulkLoader::check);
        long start = System.nanoTime();
        java.util.Set<String> dropped = store.removeGraphs(replaced);
        DataLoader loader = LoaderFactory.createLoader(store.dataset().asDatasetGraph(), BulkLoader::progress);
        loader.startBulk();
        try {
            for (Path file : files) { // Spark's part files have no extension to tell their syntax: it is given
                try (InputStream in = Files.newInputStream(file)) {
                    loader.loadFromInputStream(file.toUri().toString(), in, Lang.NQUADS);
                }
            }
            loader.finishBulk();
        } catch (IOException e) {
            loader.finishException(e);
            throw new StoreException(store.folder(), "bulk load failed, run it again to replace the same graphs: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException(store.folder(), "bulk load failed, run it again to replace the same graphs: " + e.getMessage(), e);
        }
        return new Result(loader.countQuads(), dropped, (System.nanoTime() - start) / 1e9);
    }

    /** TDB2's progress lines, in the debug log; a line without arguments is already formatted (it may hold a '%' of a file name). */
    private static void progress(String format, Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(args.length == 0 ? format : String.format(format, args));
        }
    }

    /** Parses a file to the end without keeping anything: a broken one is named before the store is touched. */
    private static void check(Path file) {
        try {
            RDFParser.source(file).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(StreamRDFLib.sinkNull());
        } catch (RiotException e) {
            throw new StoreException(file, "must be N-Quads: " + e.getMessage(), e);
        }
    }
}
