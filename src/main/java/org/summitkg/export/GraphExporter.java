package org.summitkg.export;

import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Writes the graph view for visualisation tools: GraphML (yEd, Gephi, Cytoscape), GEXF (Gephi),
 * DOT (Graphviz) and Cytoscape JSON (Cytoscape.js, Cytoscape desktop), coloured by type
 * ({@link NodeStyle}) and, where the format holds them, with positions from a {@link Layout}.
 * Node ids are n1, n2, …; the resource IRI is the attribute {@code iri}.
 *
 * <pre>{@code
 * GraphExporter.Format.GEXF.write(graph, View.ALL, Layout.FORCE.positions(graph), writer);
 * }</pre>
 */
public final class GraphExporter {
    private GraphExporter() {
    }

    /** The graph formats of {@code summit-kg export}. */
    public enum Format {
        GRAPHML(Layout.FORCE), GEXF(Layout.FORCE), DOT(Layout.NONE), CYTOSCAPE(Layout.FORCE);

        private final Layout defaultLayout;

        Format(Layout defaultLayout) {
            this.defaultLayout = defaultLayout;
        }

        /** The layout used when none is asked for: Graphviz lays DOT out itself, the others get positions. */
        public Layout defaultLayout() {
            return defaultLayout;
        }

        /** Writes a graph of the view; DOT draws a claims or events view as ranks, the others in type clusters. */
        public void write(Graph<ViewNode, ViewEdge> graph, View view, Map<ViewNode, Point2D> positions, Writer out) {
            Map<ViewNode, String> ids = ids(graph);
            switch (this) {
                case GRAPHML -> new GraphMlWriter(graph, ids, positions).write(out);
                case GEXF -> new GexfWriter(graph, ids, positions).write(out);
                case DOT -> new DotWriter(graph, ids, positions, view == View.CLAIMS || view == View.EVENTS).write(out);
                case CYTOSCAPE -> new CytoscapeWriter(graph, ids, positions).write(out);
            }
        }

        /** Writes with this format's default layout. */
        public void write(Graph<ViewNode, ViewEdge> graph, Writer out) {
            write(graph, View.ALL, defaultLayout.positions(graph), out);
        }
    }

    private static Map<ViewNode, String> ids(Graph<ViewNode, ViewEdge> graph) {
        Map<ViewNode, String> ids = new HashMap<>();
        graph.vertexSet().forEach(v -> ids.put(v, "n" + (ids.size() + 1)));
        return ids;
    }

    /** A coordinate, size or weight as the exports write it: whole numbers bare, others with two decimals. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
