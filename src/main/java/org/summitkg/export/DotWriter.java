package org.summitkg.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * DOT for Graphviz: one cluster per node type (or, for a flow such as speakers → statements →
 * topics, ranks from left to right), nodes filled with their type's colour, long
 * statements shortened on the node with the full text as tooltip, Wikidata pages as links.
 * Without positions Graphviz lays the graph out ({@code fdp}, which draws clusters, without
 * overlaps); with positions ({@code --layout force}) they are pinned and {@code neato -n} keeps them.
 */
final class DotWriter {
    private final Graph<ViewNode, ViewEdge> graph;
    private final Map<ViewNode, String> ids;
    private final Map<ViewNode, Point2D> positions;
    private final boolean ranked;

    /** {@code ranked}: a flow (speakers → statements → topics) drawn left to right by {@code dot}, without clusters. */
    DotWriter(Graph<ViewNode, ViewEdge> graph, Map<ViewNode, String> ids, Map<ViewNode, Point2D> positions, boolean ranked) {
        this.graph = graph;
        this.ids = ids;
        this.positions = positions;
        this.ranked = ranked && positions.isEmpty();
    }

    void write(Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("digraph summit {");
        String layout = ranked ? "layout=dot, rankdir=LR, ranksep=1.2" : positions.isEmpty() ? "layout=fdp, overlap=false" : "layout=neato";
        out.println("  graph [" + layout + ", splines=true, outputorder=edgesfirst, fontname=\"Helvetica\"];");
        out.println("  node [style=filled, fontname=\"Helvetica\", fontsize=10, penwidth=0.5];");
        out.println("  edge [color=\"#99999988\", fontname=\"Helvetica\", fontsize=8, arrowsize=0.5];");
        Map<String, List<ViewNode>> byType = graph.vertexSet().stream()
                .collect(Collectors.groupingBy(ViewNode::type, LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, nodes) -> cluster(out, type, nodes));
        for (ViewEdge e : graph.edgeSet()) {
            out.printf("  %s -> %s [tooltip=%s, weight=%d, penwidth=%s%s];%n", ids.get(graph.getEdgeSource(e)),
                    ids.get(graph.getEdgeTarget(e)), quote(e.relation() + " — " + e.articles()), Math.max(1, (int) e.weight()),
                    GraphExporter.number(Math.min(4, 0.5 + e.weight() / 2)), e.relation().equals("co-occurs") ? ", dir=none" : "");
        }
        out.println("}");
        out.flush();
    }

    private void cluster(PrintWriter out, String type, List<ViewNode> nodes) {
        boolean clustered = positions.isEmpty() && !ranked && !type.isEmpty();
        if (clustered) {
            out.printf("  subgraph %s {%n    label=%s; style=rounded; color=\"#cccccc\"; fontsize=14;%n",
                    quote("cluster_" + type), quote(type + " (" + nodes.size() + ")"));
        }
        NodeStyle style = NodeStyle.of(type);
        for (ViewNode v : nodes) {
            StringBuilder a = new StringBuilder();
            String shown = ViewNode.shorten(v.label()); // the date on a line of its own, unless the label already shows it
            a.append("label=").append(quote(shown + (v.date().isEmpty() || shown.contains(v.date()) ? "" : "\n" + v.date())))
                    .append(", shape=").append(style.dotShape())
                    .append(", fillcolor=").append(quote(style.colour() + "aa"))
                    .append(", tooltip=").append(quote(tooltip(v)));
            if (!v.url().isEmpty()) {
                a.append(", URL=").append(quote(v.url()));
            }
            Point2D p = positions.get(v);
            if (p != null) {
                a.append(", pos=").append(quote(GraphExporter.number(p.getX()) + "," + GraphExporter.number(-p.getY()) + "!"));
            }
            out.printf("%s  %s [%s];%n", clustered ? "  " : "", ids.get(v), a);
        }
        if (clustered) {
            out.println("  }");
        }
    }

    private static String tooltip(ViewNode v) {
        String head = v.type() + (v.kind().isEmpty() ? "" : " (" + v.kind() + ")") + (v.date().isEmpty() ? "" : " " + v.date());
        return head + ": " + v.text() + (v.wikidata().isEmpty() ? "" : " — " + v.wikidata());
    }

    /** A DOT double-quoted string. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", "\\n") + '"';
    }
}
