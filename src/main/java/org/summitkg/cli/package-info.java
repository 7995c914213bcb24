/**
 * The {@code summit-kg} command line (picocli): {@code build}, {@code serve}, {@code query},
 * {@code export}, {@code evaluate}, {@code link}, {@code gazetteer} and {@code bench}. The only
 * package that wires the pipeline stages together ({@link org.summitkg.cli.BuildPipeline}); results
 * go to picocli's output writer, logs to standard error.
 */
package org.summitkg.cli;
