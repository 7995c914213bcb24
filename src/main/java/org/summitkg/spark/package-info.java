/**
 * The build on Apache Spark: the same pipeline ({@link org.summitkg.build.ArticlePipeline}) per
 * partition, one pipeline per executor JVM, N-Quads out (one named graph per article) with a
 * manifest, and the cross-article index computed as a reduce by key. Runs in local mode from the
 * command line and on a cluster through {@code spark-submit}; the single-machine build stays the default.
 */
package org.summitkg.spark;
