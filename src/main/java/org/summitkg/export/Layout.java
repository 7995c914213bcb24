package org.summitkg.export;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Node positions computed on export so that a graph opens readable: JGraphT's Fruchterman–Reingold
 * layout (its Barnes–Hut variant loops on coinciding points, so the exact one, with fewer
 * iterations on large graphs), or none (the tool lays out).
 * The same graph gets the same positions: the layout's random start is seeded.
 */
public enum Layout {
    /** Force-directed: connected nodes close, clusters apart. */
    FORCE,
    /** No positions written; the tool lays the graph out itself. */
    NONE;

    /** Space per node, in the tools' drawing units (pixels in Cytoscape and Gephi). */
    private static final double SPACING = 90;
    /** Iterations for a small graph; fewer for a large one, whose cost grows with the square of its nodes. */
    private static final int ITERATIONS = 300;
    private static final int LARGE = 2000;
    private static final long SEED = 20_250_815L;

    public static Layout of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The positions of every node, or an empty map for {@link #NONE}. */
    public Map<ViewNode, Point2D> positions(Graph<ViewNode, ViewEdge> graph) {
        if (this == NONE || graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        double side = SPACING * Math.sqrt(graph.vertexSet().size());
        MapLayoutModel2D<ViewNode> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        new FRLayoutAlgorithm2D<ViewNode, ViewEdge>(iterations(graph.vertexSet().size()), 1.0, new Random(SEED)).layout(graph, model);
        return model.collect();
    }

    private static int iterations(int nodes) {
        return nodes <= LARGE ? ITERATIONS : Math.max(30, (int) (ITERATIONS * (double) LARGE * LARGE / ((double) nodes * nodes)));
    }
}
