package org.summitkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;


/** The force-directed layout keeps clusters together and apart, the same way every time. */
class LayoutTest {
    /** Two rings of ten nodes joined by one edge. */
    private static Graph<ViewNode, ViewEdge> twoClusters(List<ViewNode> left, List<ViewNode> right) {
        Graph<ViewNode, ViewEdge> g = new DirectedWeightedPseudograph<>(ViewEdge.class);
        for (int i = 0; i < 10; i++) {
            left.add(ViewNode.of("urn:l" + i, "L" + i, "Person", "", 1, List.of()));
            right.add(ViewNode.of("urn:r" + i, "R" + i, "Person", "", 1, List.of()));
        }
        for (List<ViewNode> ring : List.of(left, right)) {
            ring.forEach(g::addVertex);
            for (int i = 0; i < ring.size(); i++) {
                for (int j = i + 1; j < ring.size(); j += 3) {
                    g.addEdge(ring.get(i), ring.get(j), new ViewEdge("co-occurs", 1, "", List.of()));
                }
            }
        }
        g.addEdge(left.get(0), right.get(0), new ViewEdge("co-occurs", 1, "", List.of()));
        return g;
    }

    @Test
    void nodesOfAClusterLieCloserToEachOtherThanToTheOtherCluster() {
        List<ViewNode> left = new ArrayList<>();
        List<ViewNode> right = new ArrayList<>();
        Map<ViewNode, Point2D> at = Layout.FORCE.positions(twoClusters(left, right));
        assertEquals(20, at.size());
        double within = (mean(at, left, left) + mean(at, right, right)) / 2;
        double across = mean(at, left, right);
        assertTrue(within < across * 0.8, "within " + within + ", across " + across);
        assertEquals(20, at.values().stream().distinct().count(), "two nodes on the same spot");
    }

    @Test
    void theSameGraphGetsTheSamePositionsAndNoneGetsNone() {
        Map<ViewNode, Point2D> first = Layout.FORCE.positions(twoClusters(new ArrayList<>(), new ArrayList<>()));
        Map<ViewNode, Point2D> second = Layout.FORCE.positions(twoClusters(new ArrayList<>(), new ArrayList<>()));
        assertEquals(first, second);
        assertTrue(Layout.NONE.positions(twoClusters(new ArrayList<>(), new ArrayList<>())).isEmpty());
    }

    @Test
    void componentsAndLoneNodesLieApartAndNoTwoNodesShareASpot() {
        Graph<ViewNode, ViewEdge> g = new DirectedWeightedPseudograph<>(ViewEdge.class);
        ViewNode hub = ViewNode.of("urn:hub", "hub", "Person", "", 1, List.of());
        g.addVertex(hub);
        List<ViewNode> spokes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            ViewNode spoke = ViewNode.of("urn:s" + i, "S" + i, "Place", "", 1, List.of());
            g.addVertex(spoke);
            g.addEdge(hub, spoke, new ViewEdge("co-occurs", 1, "", List.of()));
            spokes.add(spoke);
        }
        List<ViewNode> lone = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lone.add(ViewNode.of("urn:x" + i, "X" + i, "Group", "", 1, List.of()));
            g.addVertex(lone.get(i));
        }
        Map<ViewNode, Point2D> at = Layout.FORCE.positions(g);
        assertEquals(901, at.values().stream().distinct().count(), "two nodes on the same spot");
        double maxX = spokes.stream().mapToDouble(v -> at.get(v).getX()).max().orElseThrow();
        double maxY = spokes.stream().mapToDouble(v -> at.get(v).getY()).max().orElseThrow();
        assertTrue(lone.stream().allMatch(v -> at.get(v).getX() > maxX || at.get(v).getY() > maxY), "a lone node inside the star's area");
    }

    private static double mean(Map<ViewNode, Point2D> at, List<ViewNode> a, List<ViewNode> b) {
        double sum = 0;
        int n = 0;
        for (ViewNode x : a) {
            for (ViewNode y : b) {
                if (x != y) {
                    sum += Math.hypot(at.get(x).getX() - at.get(y).getX(), at.get(x).getY() - at.get(y).getY());
                    n++;
                }
            }
        }
        return sum / n;
    }
}
