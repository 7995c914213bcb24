/**
 * Stage 1: reads articles from a folder or a single file, with optional metadata from
 * {@code articles.tsv}, validates them (UTF-8, not empty, not binary, not too large), normalises
 * line ends and gives each a stable id. Bad files are reported and skipped, never fatal for the
 * rest of the batch.
 */
package org.summitkg.corpus;
