/**
 * The {@code summit-kg} command line (picocli): {@code build}, {@code serve}, {@code query},
 * {@code export}, {@code evaluate}. The only package that wires the pipeline stages together
 * ({@link org.summitkg.cli.BuildPipeline}).
 */
package org.summitkg.cli;
