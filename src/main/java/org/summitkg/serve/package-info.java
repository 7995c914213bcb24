/**
 * Serves the store over HTTP with an embedded Apache Jena Fuseki: dataset {@code /summit} with
 * SPARQL query ({@code /summit/sparql}, {@code /summit/query}; a GET without a query gives the
 * SPARQL 1.1 Service Description) and graph-store read ({@code /summit/get}), read-only, bound to
 * the loopback interface, open to cross-origin pages (CORS) on the read-only paths only; plus the
 * Fuseki web UI in read-only form at {@code /} and the graph viewer at {@code /viewer/}, which
 * draws the views of {@code org.summitkg.export} with Cytoscape.js and fCoSE.
 */
package org.summitkg.serve;
