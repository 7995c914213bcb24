package org.summitkg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;

/**
 * Node positions computed on export so that a graph opens readable: each connected component laid
 * out by JGraphT's Fruchterman–Reingold layout with Barnes–Hut approximation (thousands of nodes
 * in seconds), then the components packed in rows, largest first, so that small ones do not pile
 * up on the border of the big one; or none (the tool lays out). The same graph gets the same
 * positions: the layout's random start is seeded.
 */
public enum Layout {
    /** Force-directed: connected nodes close, clusters and components apart. */
    FORCE,
    /** No positions written; the tool lays the graph out itself. */
    NONE;

    /** Space per node, in the tools' drawing units (pixels in Cytoscape and Gephi). */
    private static final double SPACING = 90;
    private static final int ITERATIONS = 300;
    /** Barnes–Hut accuracy: a cell farther than its size / THETA counts as one body. */
    private static final double THETA = 0.5;
    private static final long SEED = 20_250_815L;

    public static Layout of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The positions of every node, or an empty map for {@link #NONE}. */
    public Map<ViewNode, Point2D> positions(Graph<ViewNode, ViewEdge> graph) {
        if (this == NONE || graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        List<Map<ViewNode, Point2D>> parts = new ArrayList<>();
        List<Set<ViewNode>> components = new ConnectivityInspector<>(graph).connectedSets();
        components.sort(Comparator.comparingInt((Set<ViewNode> c) -> -c.size()));
        for (Set<ViewNode> component : components) {
            parts.add(component.size() < 3 ? row(component) : forceDirected(new AsSubgraph<>(graph, component)));
        }
        return pack(parts, graph.vertexSet().size());
    }

    private static Map<ViewNode, Point2D> forceDirected(Graph<ViewNode, ViewEdge> component) {
        double side = SPACING * Math.sqrt(component.vertexSet().size());
        MapLayoutModel2D<ViewNode> model = new Jittered(Box2D.of(side, side));
        new IndexedFRLayoutAlgorithm2D<ViewNode, ViewEdge>(ITERATIONS, THETA, 1.0, new Random(SEED)).layout(component, model);
        return model.collect();
    }

    /** One or two nodes side by side. */
    private static Map<ViewNode, Point2D> row(Set<ViewNode> nodes) {
        Map<ViewNode, Point2D> at = new HashMap<>();
        nodes.stream().sorted(Comparator.comparing(ViewNode::id)).forEach(v -> at.put(v, Point2D.of(at.size() * SPACING, 0)));
        return at;
    }

    /** Shelf packing: components left to right in rows about as wide as the whole graph is tall. */
    private static Map<ViewNode, Point2D> pack(List<Map<ViewNode, Point2D>> parts, int nodes) {
        double width = Math.max(SPACING * Math.sqrt(nodes) * 1.5, SPACING * 4);
        Map<ViewNode, Point2D> at = new HashMap<>();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (Map<ViewNode, Point2D> part : parts) {
            double minX = part.values().stream().mapToDouble(Point2D::getX).min().orElse(0);
            double minY = part.values().stream().mapToDouble(Point2D::getY).min().orElse(0);
            double w = part.values().stream().mapToDouble(Point2D::getX).max().orElse(0) - minX;
            double h = part.values().stream().mapToDouble(Point2D::getY).max().orElse(0) - minY;
            if (x > 0 && x + w > width) {
                x = 0;
                y += rowHeight + SPACING;
                rowHeight = 0;
            }
            double dx = x - minX;
            double dy = y - minY;
            part.forEach((v, p) -> at.put(v, Point2D.of(p.getX() + dx, p.getY() + dy)));
            x += w + SPACING;
            rowHeight = Math.max(rowHeight, h);
        }
        return at;
    }

    /**
     * A layout model that never holds two nodes on the very same point: the layout clamps nodes
     * pushed out of the drawing area onto its border, where several can meet exactly, and the
     * Barnes–Hut quadtree then splits without end. A shift far below a pixel keeps them apart.
     */
    private static final class Jittered extends MapLayoutModel2D<ViewNode> {
        private static final double SHIFT = 1e-3;
        private final Random random = new Random(SEED);

        Jittered(Box2D area) {
            super(area);
        }

        @Override
        public Point2D put(ViewNode vertex, Point2D point) {
            Box2D area = getDrawableArea();
            return super.put(vertex, Point2D.of(shift(point.getX(), area.getMinX(), area.getMaxX()),
                    shift(point.getY(), area.getMinY(), area.getMaxY())));
        }

        /** The coordinate moved by a random amount below SHIFT, inside [min, max] and never onto its ends. */
        private double shift(double value, double min, double max) {
            double by = (random.nextDouble() + 0.01) * SHIFT;
            double moved = value + (random.nextBoolean() ? by : -by);
            return Math.min(Math.max(moved, min + by), max - by);
        }
    }
}
