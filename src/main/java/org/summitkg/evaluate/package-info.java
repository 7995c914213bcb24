/**
 * Scores summit-kg against gold: a built graph against gold-standard JSON files (entities,
 * links, statements, topics, events), and the statements of texts against BRAT standoff
 * attributions (PolNeAR's format); precision, recall and F1 per category and article, so users can
 * check summit-kg on their own annotated articles.
 */
package org.summitkg.evaluate;
