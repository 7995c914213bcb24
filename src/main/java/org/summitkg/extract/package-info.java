/**
 * Stage 3: turns an {@link org.summitkg.nlp.AnnotatedArticle} into an {@link
 * org.summitkg.extract.ArticleGraph} of plain records. {@link org.summitkg.extract.ArticleExtractor}
 * runs the three extractors of the sub-packages in order: {@code entity} (people, places,
 * organisations and groups with all their mentions), then {@code statement} (who said what) and
 * {@code event} (summits, meetings, calls), both reading the entities; this package then ties
 * statements to the events they were made at. {@code parse} holds the dependency-parse and name
 * helpers and the word lists all three read. No Jena and no CoreNLP types here; all knowledge of
 * language is read from the lexicon files under {@code org/summitkg/lexicon/}, so users can extend
 * it without touching code.
 */
package org.summitkg.extract;
