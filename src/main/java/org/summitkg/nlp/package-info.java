/**
 * Stage 2: natural-language annotation. {@link org.summitkg.nlp.CoreNlpAnnotator} runs one shared
 * Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) and turns
 * its output into plain records ({@link org.summitkg.nlp.Annotations}), so later stages never see
 * CoreNLP types. {@link org.summitkg.nlp.CachingAnnotator} keeps those records on disk keyed by a
 * hash of the text, the article date and the pipeline settings, so an unchanged article is never
 * annotated twice and the models are not even loaded when everything is cached.
 */
package org.summitkg.nlp;
