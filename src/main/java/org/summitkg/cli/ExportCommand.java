package org.summitkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.GraphProjection;
import org.summitkg.export.RdfExporter;
import org.summitkg.export.ViewFilter;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summit-kg export}: the store as RDF, or a property-graph view for visualisation tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF (ttl: the union of all graphs; trig, nq and jsonld: each article's "
                + "named graph) or as a property-graph view for visualisation tools (graphml for yEd/Gephi/Cytoscape, "
                + "gexf for Gephi, dot for Graphviz, cytoscape for Cytoscape.js and Cytoscape desktop).",
            "The view has nodes for entities, events, statements and topics and edges for participation, speaking, "
                + "mentioning, topics and co-occurrence (weighted by shared sentences)."})
final class ExportCommand implements Callable<Integer> {
    static final List<String> RDF = List.of("ttl", "trig", "nq", "jsonld");
    static final List<String> GRAPH = List.of("graphml", "gexf", "dot", "cytoscape");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ttl, trig, nq, jsonld, graphml, gexf, dot, cytoscape.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--topic", description = "Graph view: only statements about this topic (e.g. ceasefire) and what they connect.")
    String topic;

    @Option(names = "--article", paramLabel = "FILE", description = "Graph view: only what this article (source file name) reports.")
    String article;

    @Option(names = "--min-weight", defaultValue = "1", description = "Graph view: co-occurrence edges of at least this many sentences (default: ${DEFAULT-VALUE}).")
    int minWeight;

    @Option(names = "--no-statements", description = "Graph view: leave statements and topics out.")
    boolean noStatements;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!RDF.contains(f) && !GRAPH.contains(f)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be one of " + String.join(", ", RDF) + ", " + String.join(", ", GRAPH) + ", was '" + format + "'");
        }
        try (TdbStore store = TdbStore.open(common.db); OutputStream stream = open()) {
            if (RDF.contains(f)) {
                RdfExporter.Format.of(f).write(store, stream);
            } else {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                var view = new GraphProjection(store.dataset(), new ViewFilter(topic, article, minWeight, !noStatements)).project();
                GraphExporter.Format.of(f).write(view, writer);
                writer.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SummitKgException((out == null ? "standard output" : out) + ": export cannot be written (" + e.getMessage() + ")", e);
        }
        return 0;
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newOutputStream(out);
    }
}
