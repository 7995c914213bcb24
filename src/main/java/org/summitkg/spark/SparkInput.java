package org.summitkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.summitkg.SummitKgException;
import org.summitkg.corpus.ArticleMetadata;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.corpus.Skipped;

/**
 * Reads a corpus on any Hadoop-compatible file system: a folder of {@code .txt} files with an
 * optional {@code articles.tsv}, one {@code .txt} file, or a table in JSON Lines or Parquet with
 * the columns {@code id, text} and optionally {@code title, author, published, source}.
 */
final class SparkInput {
    /** The columns a table of articles may have; {@code id} and {@code text} are required. */
    static final List<String> COLUMNS = List.of("id", "text", "title", "author", "published", "source");

    /** How the articles are stored. */
    enum Format {
        TXT, JSONL, PARQUET;

        /** The format named, or the one the location's name implies (a folder or .txt: TXT). */
        static Format of(String location, String named) {
            if (named != null && !named.isEmpty()) {
                try {
                    return valueOf(named.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new SummitKgException("--format must be one of txt, jsonl, parquet, was \"" + named + "\"");
                }
            }
            String name = location.toLowerCase(Locale.ROOT);
            return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".jsonl.gz") ? JSONL
                    : name.endsWith(".parquet") ? PARQUET : TXT;
        }
    }

    private final SparkSession spark;
    private final int partitions;
    private final List<Skipped> problems = new ArrayList<>();

    SparkInput(SparkSession spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    /** Problems found on the driver (a malformed row of articles.tsv): they go to the manifest too. */
    List<Skipped> problems() {
        return List.copyOf(problems);
    }

    JavaRDD<ArticleInput> read(String location, Format format) {
        return switch (format) {
            case TXT -> texts(location);
            case JSONL -> table(location, spark.read().json(location));
            case PARQUET -> table(location, spark.read().parquet(location));
        };
    }

    private JavaRDD<ArticleInput> texts(String location) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path root = new Path(location);
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new SummitKgException(location + ": corpus must be an existing folder or .txt file, found nothing there");
            }
            boolean folder = fs.getFileStatus(root).isDirectory();
            Path tsv = folder ? new Path(root, "articles.tsv") : new Path(root.getParent(), "articles.tsv");
            Map<String, String[]> metadata = fs.exists(tsv) ? metadata(fs, tsv) : Map.of();
            Broadcast<Map<String, String[]>> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(metadata);
            String glob = folder ? new Path(root, "*.txt").toString() : root.toString();
            return JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(glob, partitions).map(file -> {
                String name = new Path(file._1()).getName();
                String[] m = rows.value().getOrDefault(name, new String[] {"", "", "", "", ""});
                return new ArticleInput(name, file._2().toArray(), m[0], m[1], m[2], m[3], m[4], "");
            });
        } catch (IOException e) {
            throw new SummitKgException(location + ": corpus cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** The rows of articles.tsv as id, title, author, published, source by file name; read where it is, or from a local copy. */
    private Map<String, String[]> metadata(FileSystem fs, Path tsv) throws IOException {
        java.nio.file.Path local = Files.createTempFile("articles", ".tsv");
        try {
            try (InputStream in = fs.open(tsv)) {
                Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<Skipped> skipped = new ArrayList<>();
            Map<String, ArticleMetadata> read = CorpusSource.metadata(local, skipped);
            skipped.forEach(s -> problems.add(new Skipped(s.what().replace(local.toString(), tsv.toString()),
                    s.reason().replace(local.toString(), tsv.toString()))));
            Map<String, String[]> out = new HashMap<>();
            read.forEach((file, m) -> out.put(file, new String[] {m.id(), m.title(), m.author(),
                m.published() == null ? "" : m.published().toString(), m.source()}));
            return out;
        } finally {
            Files.deleteIfExists(local);
        }
    }

    private JavaRDD<ArticleInput> table(String location, Dataset<Row> rows) {
        List<String> have = Arrays.asList(rows.columns());
        if (!have.contains("id") || !have.contains("text")) {
            throw new SummitKgException(location + ": a table of articles must have the columns id and text, had " + have);
        }
        List<org.apache.spark.sql.Column> select = new ArrayList<>();
        for (String c : COLUMNS) {
            select.add(have.contains(c) ? functions.col(c).cast("string").as(c) : functions.lit("").as(c));
        }
        select.add(functions.input_file_name().as("file"));
        return rows.select(select.toArray(new org.apache.spark.sql.Column[0])).toJavaRDD().map(SparkInput::row);
    }

    private static ArticleInput row(Row r) {
        String id = text(r, 0);
        String file = new Path(text(r, 6)).getName() + "#" + id;
        return new ArticleInput(file, text(r, 1).getBytes(java.nio.charset.StandardCharsets.UTF_8), id, text(r, 2), text(r, 3),
                text(r, 4), text(r, 5), "");
    }

    private static String text(Row r, int i) {
        return r.isNullAt(i) ? "" : r.getString(i);
    }
}
