/**
 * Serves the store over HTTP with an embedded Apache Jena Fuseki: dataset {@code /summit} with
 * SPARQL query ({@code /summit/sparql}, {@code /summit/query}) and graph-store read
 * ({@code /summit/get}), read-only, bound to the loopback interface, plus the Fuseki web UI in
 * read-only form at {@code /} and the graph viewer (Cytoscape.js) at {@code /viewer/}.
 */
package org.summitkg.serve;
