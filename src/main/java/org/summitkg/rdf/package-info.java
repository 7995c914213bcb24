/**
 * Stage 5: maps {@link org.summitkg.extract.ArticleGraph}s to RDF under
 * {@code ontology/summit.ttl} and keeps them in a TDB2 store, one named graph per article with
 * its PROV-O metadata; validates the store against {@code ontology/shapes.ttl}. Never imports
 * CoreNLP.
 */
package org.summitkg.rdf;
