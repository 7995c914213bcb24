package org.summitkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.summitkg.SummitKgException;
import org.summitkg.rdf.NQuads;
import org.summitkg.rdf.Ontology;
import org.summitkg.rdf.SummitIris;
import scala.Tuple2;

/**
 * The Spark job: reads a corpus, builds every article's named graph on the executors (one
 * pipeline per executor JVM) and writes, under {@code OUT}:
 * <ul>
 *   <li>{@code graphs/part-*}: N-Quads, one named graph per built article;</li>
 *   <li>{@code ontology.nq}: the ontology and topic scheme, in their own graph;</li>
 *   <li>{@code manifest/part-*}: one JSON line per article (see {@link Manifest});</li>
 *   <li>{@code events/part-*}: N-Quads of the cross-article events graph of the articles built (a
 *       reduce by event IRI); {@code load} computes the same graph from everything the store then holds;</li>
 *   <li>{@code resources/part-*}: the cross-article index, a reduce by resource IRI of every graph's
 *       entities and events: how many articles describe each and under which labels.</li>
 * </ul>
 * Files are committed by Spark's output committer, so a retried task adds nothing twice.
 *
 * <pre>{@code
 * SparkReport r = new SparkBuild(spark, new SparkBuild.Options("corpus", "", "out", "data/cache", "", 0,
 *         CorpusSource.DEFAULT_MAX_BYTES)).run();
 * }</pre>
 */
public final class SparkBuild {
    private final SparkSession spark;
    private final Options options;

    /**
     * What a Spark build reads and writes.
     *
     * @param corpus     folder of .txt files, one .txt file, or a JSON Lines / Parquet table (any Hadoop file system)
     * @param format     txt, jsonl, parquet, or empty to take it from the corpus's name
     * @param out        the output folder; must not exist yet
     * @param cache      a folder the executors share for cached annotations, or empty for none
     * @param previous   the output folder of an earlier run whose manifest says what is unchanged, or empty
     * @param partitions how many partitions the articles are spread over (0: twice the default parallelism)
     * @param maxBytes   the largest article accepted
     */
    public record Options(String corpus, String format, String out, String cache, String previous, int partitions,
                          long maxBytes) {
    }

    public SparkBuild(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    public SparkReport run() {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        FileSystem fs = outputFileSystem();
        int partitions = options.partitions() > 0 ? options.partitions() : 2 * sc.defaultParallelism();
        SparkInput input = new SparkInput(spark, partitions);
        JavaPairRDD<String, Iterable<ArticleInput>> byId = input.read(options.corpus(), SparkInput.Format.of(options.corpus(),
                options.format())).mapToPair(a -> new Tuple2<>(a.articleId(), a)).groupByKey(partitions);
        JavaRDD<ArticleOutcome> duplicates = byId.flatMap(SparkBuild::duplicates);
        JavaPairRDD<String, ArticleInput> first = byId.mapValues(SparkBuild::first);
        JavaRDD<ArticleInput> toBuild = withPrevious(sc, first, partitions);
        List<ArticleOutcome> driverProblems = input.problems().stream()
                .map(s -> ArticleOutcome.skipped("", s.what(), s.reason())).toList();
        JavaRDD<ArticleOutcome> outcomes = toBuild.mapPartitions(new ArticleTask(options.cache(), Instant.now(), options.maxBytes()))
                .union(duplicates).union(sc.parallelize(driverProblems, 1)).coalesce(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            outcomes.filter(ArticleOutcome::built).map(ArticleOutcome::nquads).saveAsTextFile(path(BuildOutput.GRAPHS));
            outcomes.map(Manifest::line).saveAsTextFile(path(Manifest.FOLDER));
            long shared = SharedResources.of(outcomes.filter(ArticleOutcome::built), partitions).saveAsTextFile(path(BuildOutput.RESOURCES));
            SharedResources.events(outcomes.filter(ArticleOutcome::built), partitions).saveAsTextFile(path(BuildOutput.EVENTS));
            writeOntology(fs);
            return report(outcomes, shared, (System.nanoTime() - start) / 1e9);
        } finally {
            outcomes.unpersist(false);
        }
    }

    private FileSystem outputFileSystem() {
        Path out = new Path(options.out());
        try {
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(out)) {
                throw new SummitKgException(options.out() + ": --out must be a folder that does not exist yet (it holds a "
                        + "previous run? give that with --previous and choose a new --out)");
            }
            return fs;
        } catch (IOException e) {
            throw new SummitKgException(options.out() + ": output folder cannot be checked (" + e.getMessage() + ")", e);
        }
    }

    private String path(String child) {
        return new Path(options.out(), child).toString();
    }

    /** Every article but the first (by file name) of those sharing an id, skipped with the rule they broke. */
    private static java.util.Iterator<ArticleOutcome> duplicates(Tuple2<String, Iterable<ArticleInput>> group) {
        List<ArticleInput> all = sorted(group._2());
        List<ArticleOutcome> out = new ArrayList<>();
        for (ArticleInput later : all.subList(1, all.size())) {
            out.add(ArticleOutcome.skipped(group._1(), later.name(), later.name() + ": article id must be unique, \""
                    + group._1() + "\" is used by " + all.get(0).name() + " too"));
        }
        return out.iterator();
    }

    private static ArticleInput first(Iterable<ArticleInput> group) {
        return sorted(group).get(0);
    }

    private static List<ArticleInput> sorted(Iterable<ArticleInput> group) {
        List<ArticleInput> all = new ArrayList<>();
        group.forEach(all::add);
        all.sort(java.util.Comparator.comparing(ArticleInput::name));
        return all;
    }

    /** The articles, each with the source state an earlier run recorded for its id (a distributed join). */
    private JavaRDD<ArticleInput> withPrevious(JavaSparkContext sc, JavaPairRDD<String, ArticleInput> articles, int partitions) {
        if (options.previous().isEmpty()) {
            return articles.values();
        }
        JavaPairRDD<String, String> states = sc.textFile(new Path(options.previous(), Manifest.FOLDER).toString())
                .filter(line -> !line.isBlank()).map(Manifest::row).filter(r -> !r.skipped())
                .mapToPair(r -> new Tuple2<>(r.id(), r.sourceState()));
        return articles.leftOuterJoin(states, partitions).values()
                .map(pair -> pair._1().withPrevious(orEmpty(pair._2())));
    }

    private static String orEmpty(Optional<String> value) {
        return value.isPresent() ? value.get() : "";
    }

    private void writeOntology(FileSystem fs) {
        String ontology = NQuads.of(SummitIris.ONTOLOGY_GRAPH, Ontology.model().add(Ontology.topics())) + "\n";
        try (OutputStream out = fs.create(new Path(options.out(), BuildOutput.ONTOLOGY), false)) {
            out.write(ontology.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SummitKgException(options.out() + "/ontology.nq: cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private static SparkReport report(JavaRDD<ArticleOutcome> outcomes, long shared, double seconds) {
        Map<String, Long> byStatus = outcomes.map(ArticleOutcome::status).countByValue();
        long quads = outcomes.map(ArticleOutcome::quads).fold(0L, Long::sum);
        List<String> skipped = outcomes.filter(o -> !o.built() && !o.status().equals(ArticleOutcome.UNCHANGED))
                .map(ArticleOutcome::reason).take(SparkReport.SKIPPED_SHOWN);
        return new SparkReport(byStatus.getOrDefault(ArticleOutcome.BUILT, 0L), byStatus.getOrDefault(ArticleOutcome.UNCHANGED, 0L),
                byStatus.getOrDefault(ArticleOutcome.SKIPPED, 0L), quads, shared, new TreeSet<>(skipped).stream().toList(), seconds);
    }

    /** Testing aid: how many task attempts this JVM failed on purpose ({@code spark.summitkg.failFirstAttemptOf}). */
    public static int injectedFailures() {
        return ArticleTask.INJECTED.get();
    }
}
