package org.summitkg.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The graph's look as a Cytoscape.js style, in the style-file form Cytoscape desktop imports
 * (File › Import › Styles) and Cytoscape.js reads ({@code cy.style(file[0].style)}): colour and
 * shape by type ({@link NodeStyle}), size by degree, labels, edges by relation. The viewer uses it too.
 */
public final class CytoscapeStyle {
    /** The style's title in Cytoscape desktop. */
    public static final String TITLE = "summit-kg";

    private CytoscapeStyle() {
    }

    /** The style file: an array with one style object. */
    public static ArrayNode file(ObjectMapper json) {
        ArrayNode file = json.createArrayNode();
        ObjectNode style = file.addObject();
        style.put("format_version", "1.0").put("generated_by", "summit-kg").put("target_cytoscapejs_version", "~3.0")
                .put("title", TITLE);
        style.set("style", rules(json));
        return file;
    }

    /** The selectors and their properties ({@code [{selector, css}]}). */
    public static ArrayNode rules(ObjectMapper json) {
        ArrayNode rules = json.createArrayNode();
        rule(rules, "node").put("label", "data(label)").put("font-size", 10).put("text-valign", "bottom")
                .put("text-margin-y", 3).put("text-wrap", "ellipsis").put("text-max-width", 160)
                .put("width", "data(size)").put("height", "data(size)").put("border-width", 0.5).put("border-color", "#555555")
                .put("background-color", NodeStyle.OTHER.colour());
        for (NodeStyle s : NodeStyle.values()) {
            if (s != NodeStyle.OTHER) {
                rule(rules, "node[type = \"" + s.type() + "\"]").put("background-color", s.colour()).put("shape", s.cytoscapeShape());
            }
        }
        rule(rules, "edge").put("width", "mapData(weight, 1, 10, 1, 6)").put("line-color", "#aaaaaa").put("opacity", 0.6)
                .put("curve-style", "bezier").put("target-arrow-shape", "triangle").put("target-arrow-color", "#aaaaaa")
                .put("arrow-scale", 0.6);
        rule(rules, "edge[relation = \"co-occurs\"]").put("target-arrow-shape", "none").put("line-style", "solid");
        rule(rules, "edge[relation = \"said\"]").put("line-color", NodeStyle.PERSON.colour()).put("target-arrow-color", NodeStyle.PERSON.colour());
        rule(rules, "edge[relation = \"about\"]").put("line-style", "dashed");
        return rules;
    }

    private static ObjectNode rule(ArrayNode rules, String selector) {
        ObjectNode rule = rules.addObject();
        rule.put("selector", selector);
        return rule.putObject("css");
    }
}
