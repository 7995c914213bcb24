/**
 * Stage 3: turns an {@link org.summitkg.nlp.AnnotatedArticle} into an {@link
 * org.summitkg.extract.ArticleGraph} of plain records: entities with all their mentions (and,
 * in later stages, statements and events). No Jena and no CoreNLP types here; all knowledge of
 * language (titles, facility words, …) is read from the lexicon files beside these classes, so
 * users can extend it without touching code.
 */
package org.summitkg.extract;
