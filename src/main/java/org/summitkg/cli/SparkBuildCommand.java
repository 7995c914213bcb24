package org.summitkg.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.summitkg.spark.SparkBuild;
import org.summitkg.spark.SparkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code summit-kg spark-build}: the build on Apache Spark, to N-Quads files and a manifest. */
@Command(name = "spark-build", mixinStandardHelpOptions = true,
        description = {"Builds the graphs of a corpus on Apache Spark (local mode by default, a cluster under "
                + "spark-submit): the same graph of each article as build, written as N-Quads (one named graph per "
                + "article) under --out with a manifest, a cross-article index of shared resources and the ontology. "
                + "Load the result with 'summit-kg load --nquads OUT'.",
            "The corpus may be on any Hadoop-compatible file system (file:, hdfs:, s3a: with its connector)."})
final class SparkBuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR|FILE", defaultValue = "corpus",
            description = "Folder of .txt articles (optionally with articles.tsv), one .txt file, or a JSON Lines or "
                    + "Parquet table with columns id, text[, title, author, published, source] (default: ${DEFAULT-VALUE}).")
    String corpus;

    @Option(names = "--format", paramLabel = "txt|jsonl|parquet",
            description = "How the corpus is stored (default: from its name: .jsonl/.json JSON Lines, .parquet Parquet, else text files).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder; must not exist yet.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]: one worker thread per core).")
    String master;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache",
            description = "Folder for cached CoreNLP annotations, on each executor's machine (default: ${DEFAULT-VALUE}; '' for none).")
    String cache;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "Output folder of an earlier run: articles its manifest records with the same text, metadata and "
                    + "pipeline version are not built again.")
    String previous;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions the articles are spread over (default: twice the cores of the cluster).")
    int partitions;

    @Override
    public Integer call() {
        if (partitions < 0) {
            throw new ParameterException(spec.commandLine(), "--partitions must be 1 or more (0: twice the cores), was " + partitions);
        }
        SparkSession spark = session(master);
        try {
            SparkReport report = new SparkBuild(spark, new SparkBuild.Options(corpus, format == null ? "" : format, out,
                    cache, previous == null ? "" : previous, partitions, org.summitkg.corpus.CorpusSource.DEFAULT_MAX_BYTES)).run();
            spec.commandLine().getOut().println(report.summary());
            report.skipped().forEach(s -> spec.commandLine().getErr().println("skipped " + s));
            spec.commandLine().getOut().println("Load it with: summit-kg load --nquads " + out);
            return report.skippedCount() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** A Spark session: the master given, else spark-submit's, else local mode on every core (no web UI, loopback only). */
    static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("summit-kg spark-build")
                .config("spark.ui.showConsoleProgress", "true");
        String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
        builder.master(chosen);
        if (chosen.startsWith("local")) {
            builder.config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "localhost");
        }
        return builder.getOrCreate();
    }
}
