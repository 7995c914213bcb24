/**
 * summit-kg: builds a knowledge graph of people, places, organizations, events and statements
 * from news articles and serves it over SPARQL. Sub-packages are pipeline stages, in order:
 * {@code corpus} → {@code nlp} → {@code extract} → {@code link} → {@code rdf} → {@code serve} /
 * {@code export}; {@code evaluate} scores a built graph against gold files, {@code bench} holds what
 * benchmarks share, {@code internal} the helpers every stage may use, and {@code cli} wires the
 * stages together. A stage imports only the stages before it.
 */
package org.summitkg;
