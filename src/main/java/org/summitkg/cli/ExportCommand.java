package org.summitkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.export.CytoscapeStyle;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.GraphProjection;
import org.summitkg.export.Layout;
import org.summitkg.export.View;
import org.summitkg.export.ViewFilter;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code summit-kg export}: the store as RDF, or a property-graph view for visualisation tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF (ttl: the union of all graphs; trig, nq and jsonld: each article's "
                + "named graph) or as a property-graph view for visualisation tools (graphml for yEd/Gephi/Cytoscape, "
                + "gexf for Gephi, dot for Graphviz, cytoscape for Cytoscape.js and Cytoscape desktop).",
            "The view has nodes for entities, events, statements and topics and edges for participation, speaking, "
                + "mentioning, topics and co-occurrence (weighted by shared sentences)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            completionCandidates = ExportFormat.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--topic", description = "Graph view: only statements about this topic (e.g. ceasefire) and what they connect.")
    String topic;

    @Option(names = "--article", paramLabel = "FILE", description = "Graph view: only what this article (source file name) reports.")
    String article;

    @Option(names = "--min-weight", defaultValue = "1",
            description = "Graph view: co-occurrence edges of at least this many sentences (default: ${DEFAULT-VALUE}).")
    int minWeight;

    @Option(names = "--no-statements", description = "Graph view: leave statements and topics out.")
    boolean noStatements;

    @Option(names = "--view", defaultValue = "all", paramLabel = "VIEW",
            description = "Graph view: all, claims (speakers → statements → topics), network (people, organisations, places; "
                    + "co-occurrence weighted) or events (events with participants and places, in date order). Default: ${DEFAULT-VALUE}.")
    View view;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "Graph view: force (positions from a force-directed layout, so the graph opens laid out) or none "
                    + "(the tool lays it out). Default: force, but none for dot (Graphviz lays it out).")
    Layout layout;

    @Option(names = "--style", paramLabel = "FILE",
            description = "Also write a Cytoscape style (JSON: File › Import › Styles in Cytoscape desktop, or cy.style() in Cytoscape.js).")
    Path style;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.open(common.db); OutputStream stream = open()) {
            if (format.rdf() != null) {
                format.rdf().write(store, stream);
            } else {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                GraphExporter.Format graphFormat = format.graph();
                var graph = new GraphProjection(store.dataset(), new ViewFilter(view, topic, article, minWeight, !noStatements)).project();
                graphFormat.write(graph, view, (layout == null ? graphFormat.defaultLayout() : layout).positions(graph), writer);
                writer.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SummitKgException((out == null ? "standard output" : out) + ": export cannot be written (" + e.getMessage() + ")", e);
        }
        if (style != null) {
            writeStyle();
        }
        return 0;
    }

    private void writeStyle() {
        try {
            ObjectMapper json = new ObjectMapper();
            Files.writeString(style, json.writerWithDefaultPrettyPrinter().writeValueAsString(CytoscapeStyle.file(json)));
        } catch (IOException e) {
            throw new SummitKgException(style + ": style cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return Stdout.of(spec);
        }
        return Files.newOutputStream(out);
    }
}
