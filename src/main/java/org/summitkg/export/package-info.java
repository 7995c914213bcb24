/**
 * Writes the store out for other tools: RDF (Turtle, TriG, N-Quads, JSON-LD) with the named
 * graphs kept where the format can hold them, and property-graph views (claims, network, events)
 * for Gephi (GEXF), yEd (GraphML), Graphviz (DOT) and Cytoscape (.cyjs and a style file), laid
 * out and coloured the same way in every format.
 */
package org.summitkg.export;
