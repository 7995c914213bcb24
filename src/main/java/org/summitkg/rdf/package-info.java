/**
 * Stage 5: maps {@link org.summitkg.extract.ArticleGraph}s to RDF under
 * {@code ontology/summit.ttl} and keeps them in a TDB2 store, one named graph per article with
 * its PROV-O metadata; validates the store against {@code ontology/shapes.ttl} (SHACL); mints
 * every IRI ({@link org.summitkg.rdf.SummitIris}) and holds the bundled competency queries ({@link
 * org.summitkg.rdf.BundledQuery}). Never imports CoreNLP.
 */
package org.summitkg.rdf;
