package org.summitkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.jgrapht.Graph;
import org.summitkg.export.CytoscapeStyle;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.GraphProjection;
import org.summitkg.export.View;
import org.summitkg.export.ViewEdge;
import org.summitkg.export.ViewFilter;
import org.summitkg.export.ViewNode;

/**
 * The viewer's graph and style, from the same projection and style as {@code summit-kg export}:
 * {@code /viewer/graph.json?view=claims|network|events|all[&topic=T][&article=FILE]} answers the
 * view as Cytoscape JSON (its {@code maxNodes} best-connected nodes at most), and
 * {@code /viewer/style.json} the Cytoscape.js style rules.
 */
final class ViewerGraphServlet extends HttpServlet {
    private final Dataset dataset;
    private final int maxNodes;

    ViewerGraphServlet(Dataset dataset, int maxNodes) {
        this.dataset = dataset;
        this.maxNodes = maxNodes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
        response.setContentType("application/json; charset=utf-8");
        if (path.endsWith("style.json")) {
            ObjectMapper json = new ObjectMapper();
            response.getWriter().write(json.writeValueAsString(CytoscapeStyle.rules(json)));
            return;
        }
        View view;
        try {
            view = View.valueOf(parameter(request, "view", "network").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "view must be one of all, claims, network, events, was '" + request.getParameter("view") + "'");
            return;
        }
        String topic = parameter(request, "topic", null);
        String article = parameter(request, "article", null);
        Graph<ViewNode, ViewEdge> graph = GraphProjection.limit(
                new GraphProjection(dataset, new ViewFilter(view, topic, article, 1, true)).project(), maxNodes);
        Writer out = response.getWriter();
        GraphExporter.Format.CYTOSCAPE.write(graph, view, Map.of(), out);
        out.flush();
    }

    private static String parameter(HttpServletRequest request, String name, String absent) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? absent : value;
    }
}
