package org.summitkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.summitkg.SummitKgException;
import org.summitkg.link.WikidataClient;
import picocli.CommandLine.Option;

/** Options for online reconciliation with Wikidata (off by default: the gazetteer is offline). */
final class OnlineOptions {
    static final String LEARNED = "wikidata-learned.ttl";

    @Option(names = "--wikidata-online",
            description = "Ask Wikidata's API for names the offline gazetteer lacks (answers cached in the cache folder).")
    boolean enabled;

    @Option(names = "--wikidata-api", paramLabel = "URL", defaultValue = WikidataClient.DEFAULT_API,
            description = "Wikidata API endpoint for --wikidata-online (default: ${DEFAULT-VALUE}).")
    URI api;

    WikidataClient client(Path cache) {
        return enabled ? new WikidataClient(api, cache.resolve("wikidata.json")) : null;
    }

    /** Saves the answers, and writes the items learned online next to the cache, in the gazetteer's vocabulary. */
    void writeLearned(WikidataClient client, Path cache, PrintWriter out) {
        client.save();
        Model learned = client.learned();
        Path file = cache.resolve(LEARNED);
        try (OutputStream stream = Files.newOutputStream(file)) {
            RDFDataMgr.write(stream, learned, RDFFormat.TURTLE_BLOCKS);
        } catch (IOException e) {
            throw new SummitKgException(file + ": learned items cannot be written (" + e.getMessage() + ")", e);
        }
        out.printf("%d items learned from Wikidata (%d requests): %s — review them and append them to "
                + "ontology/gazetteer/gazetteer.ttl to link offline next time%n",
                learned.listSubjects().toList().size(), client.requests(), file);
    }
}
