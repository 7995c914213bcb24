/**
 * Scores a built graph against gold-standard files (the format of {@code shared/gold/README.md}):
 * precision, recall and F1 per category and article, so users can check summit-kg on their own
 * annotated articles.
 */
package org.summitkg.evaluate;
