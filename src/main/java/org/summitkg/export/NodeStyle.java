package org.summitkg.export;

import java.util.Arrays;

/**
 * How each node type looks, in every export and in the viewer: one colour (a colour-blind-safe
 * palette) and one shape, named for each tool that draws it. The one home of the graph's colours.
 */
public enum NodeStyle {
    PERSON("Person", "#D55E00", "ellipse", "ellipse", "ellipse"),
    GROUP("Group", "#CC79A7", "ellipse", "ellipse", "ellipse"),
    ORGANIZATION("Organization", "#0072B2", "box", "round-rectangle", "roundrectangle"),
    COUNTRY("Country", "#009E73", "box", "rectangle", "rectangle"),
    REGION("Region", "#56B4E9", "box", "rectangle", "rectangle"),
    CITY("City", "#44AA99", "box", "rectangle", "rectangle"),
    PLACE("Place", "#88CCEE", "box", "rectangle", "rectangle"),
    FACILITY("Facility", "#999933", "box", "rectangle", "rectangle"),
    EVENT("Event", "#E69F00", "diamond", "diamond", "diamond"),
    STATEMENT("Statement", "#BBBBBB", "note", "round-rectangle", "roundrectangle"),
    TOPIC("Topic", "#F0E442", "hexagon", "hexagon", "hexagon"),
    OTHER("", "#777777", "box", "ellipse", "ellipse");

    private final String type;
    private final String colour;
    private final String dotShape;
    private final String cytoscapeShape;
    private final String yedShape;

    NodeStyle(String type, String colour, String dotShape, String cytoscapeShape, String yedShape) {
        this.type = type;
        this.colour = colour;
        this.dotShape = dotShape;
        this.cytoscapeShape = cytoscapeShape;
        this.yedShape = yedShape;
    }

    /** The style of a node type ({@link ViewNode#type()}); {@link #OTHER} for one not listed. */
    public static NodeStyle of(String type) {
        return Arrays.stream(values()).filter(s -> s.type.equals(type)).findFirst().orElse(OTHER);
    }

    public String type() {
        return type;
    }

    /** {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    public int red() {
        return Integer.parseInt(colour.substring(1, 3), 16);
    }

    public int green() {
        return Integer.parseInt(colour.substring(3, 5), 16);
    }

    public int blue() {
        return Integer.parseInt(colour.substring(5, 7), 16);
    }

    /** Graphviz's node shape. */
    public String dotShape() {
        return dotShape;
    }

    /** Cytoscape's (desktop and .js) node shape. */
    public String cytoscapeShape() {
        return cytoscapeShape;
    }

    /** yEd's {@code y:Shape} type. */
    public String yedShape() {
        return yedShape;
    }

    /** A node's drawn size by its degree: 12 for a leaf, growing with the square root of its edges. */
    public static double size(int degree) {
        return Math.round(12 + 6 * Math.sqrt(degree));
    }
}
