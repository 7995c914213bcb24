package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.rdf.Summit;
import org.summitkg.rdf.SummitIris;
import org.summitkg.rdf.TdbStore;
import org.summitkg.spark.Manifest;

/**
 * The Spark path end to end, with a real Spark in local mode and the CLI as a user runs it:
 * {@code spark-build} then {@code load} give the dataset {@code build} gives, graph by graph;
 * bad articles land in the manifest with their reasons; a second run skips what is unchanged; a
 * task that fails and is retried adds no graph twice; a JSON Lines table gives the same graphs.
 * Annotations come from the shared cache, so CoreNLP is not loaded.
 */
class SparkBuildIT {
    private static final Property GENERATED_AT = ModelFactory.createDefaultModel()
            .createProperty("http://www.w3.org/ns/prov#", "generatedAtTime");

    @TempDir
    Path dir;

    private int sparkBuild(CliHarness cli, String... args) {
        List<String> all = new ArrayList<>(List.of("spark-build", "--master", "local[2]", "--cache", BuiltCorpus.CACHE.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(new String[0]));
    }

    @Test
    void sparkBuildThenLoadGivesTheDatasetOfBuildGraphByGraph() {
        BuiltCorpus built = BuiltCorpus.get();
        CliHarness cli = new CliHarness();
        Path out = dir.resolve("out");
        assertEquals(0, sparkBuild(cli, "--corpus", BuiltCorpus.CORPUS.toString(), "--out", out.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("5 articles built, 0 unchanged, 0 skipped"), cli.out.toString());
        Path db = dir.resolve("db");
        assertEquals(0, cli.run("load", "--nquads", out.toString(), "--db", db.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("SHACL validation passed"), cli.out.toString());
        try (TdbStore loaded = TdbStore.open(db)) {
            Map<String, Model> fromSpark = graphs(loaded.dataset());
            Map<String, Model> fromBuild = graphs(built.store.dataset());
            assertEquals(fromBuild.keySet(), fromSpark.keySet());
            assertEquals(7, fromSpark.size(), "five article graphs, the ontology's and the shared events graph");
            fromBuild.forEach((name, model) -> assertTrue(model.isIsomorphicWith(fromSpark.get(name)),
                    name + " differs between build and spark-build"));
            Model reduced = ModelFactory.createDefaultModel();
            quads(out, "events").forEach(q -> reduced.getGraph().add(q.asTriple()));
            assertTrue(reduced.size() > 10, "the reduce by event IRI wrote the events graph");
            assertTrue(reduced.isIsomorphicWith(fromBuild.get(SummitIris.EVENTS_GRAPH)),
                    "the events graph reduced on Spark is the one build computes from the store");
        }
    }

    @Test
    void badArticlesAreSkippedWithTheirReasonsAndTheOthersBuilt() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.copy(BuiltCorpus.CORPUS.resolve("articles.tsv"), corpus.resolve("articles.tsv"));
        Path good = firstArticle();
        Files.copy(good, corpus.resolve(good.getFileName()));
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(corpus.resolve("empty.txt"), "  \n");
        CliHarness cli = new CliHarness();
        Path out = dir.resolve("out");
        assertEquals(1, sparkBuild(cli, "--corpus", corpus.toString(), "--out", out.toString()), "skipped articles make the exit code 1");
        assertTrue(cli.out.toString().contains("1 articles built, 0 unchanged, 3 skipped"), cli.out.toString());
        Map<String, Manifest.Row> rows = Manifest.read(out).stream().collect(Collectors.toMap(Manifest.Row::file, r -> r));
        assertEquals("built", rows.get(good.getFileName().toString()).status());
        assertTrue(rows.get("latin1.txt").reason().contains("must be UTF-8"), rows.get("latin1.txt").reason());
        assertTrue(rows.get("binary.txt").reason().contains("NUL byte"), rows.get("binary.txt").reason());
        assertTrue(rows.get("empty.txt").reason().contains("was empty"), rows.get("empty.txt").reason());
        assertTrue(cli.err.toString().contains("latin1.txt"), "the skipped articles are named on stderr");
        assertEquals(1, sparkBuild(new CliHarness(), "--corpus", corpus.toString(), "--out", out.toString()),
                "an existing --out is refused, not overwritten");
        assertEquals(1, Manifest.read(out).stream().filter(Manifest.Row::built).count());
    }

    @Test
    void aSecondRunSkipsWhatIsUnchangedAndBuildsWhatChanged() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(BuiltCorpus.CORPUS)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        CliHarness cli = new CliHarness();
        Path first = dir.resolve("first");
        assertEquals(0, sparkBuild(cli, "--corpus", corpus.toString(), "--out", first.toString()), cli.err.toString());
        Path changed = corpus.resolve(firstArticle().getFileName());
        Path tsv = corpus.resolve("articles.tsv"); // a new headline: the graph changes, the cached annotations still serve
        List<String> rows0 = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] cells = line.split("\t", -1);
            if (cells.length > 2 && cells[1].equals(changed.getFileName().toString())) {
                cells[2] = "A headline of the second run";
            }
            rows0.add(String.join("\t", cells));
        }
        Files.write(tsv, rows0);
        Path second = dir.resolve("second");
        assertEquals(0, sparkBuild(cli, "--corpus", corpus.toString(), "--out", second.toString(), "--previous", first.toString()),
                cli.err.toString());
        List<Manifest.Row> rows = Manifest.read(second);
        assertEquals(List.of(changed.getFileName().toString()), rows.stream().filter(Manifest.Row::built).map(Manifest.Row::file).toList());
        assertEquals(4, rows.stream().filter(r -> r.status().equals("unchanged")).count());
        assertEquals(Set.of(SummitIris.graph(rows.stream().filter(Manifest.Row::built).findFirst().orElseThrow().id())), graphNames(second));
    }

    @Test
    void aTaskThatFailsAndIsRetriedAddsNoGraphTwice() {
        String failing = CorpusSource.idOf(firstArticle().getFileName().toString());
        CliHarness cli = new CliHarness();
        Path out = dir.resolve("out");
        System.setProperty("spark.summitkg.failFirstAttemptOf", failing);
        try {
            assertEquals(0, cli.run("spark-build", "--master", "local[2,2]", "--cache", BuiltCorpus.CACHE.toString(),
                    "--corpus", BuiltCorpus.CORPUS.toString(), "--out", out.toString()), cli.err.toString());
        } finally {
            System.clearProperty("spark.summitkg.failFirstAttemptOf");
        }
        assertEquals(1, org.summitkg.spark.SparkBuild.injectedFailures(), "the first attempt of the task failed and was retried");
        List<String> names = new ArrayList<>();
        quads(out).forEach(q -> names.add(q.getGraph().getURI()));
        Set<String> distinct = new TreeSet<>(names);
        assertEquals(5, distinct.size());
        long ofFailing = quads(out).stream().filter(q -> q.getGraph().getURI().equals(SummitIris.graph(failing))).count();
        long distinctOfFailing = quads(out).stream().filter(q -> q.getGraph().getURI().equals(SummitIris.graph(failing)))
                .map(Quad::asTriple).distinct().count();
        assertEquals(distinctOfFailing, ofFailing, "no quad of the retried article's graph is written twice");
        assertEquals(5, Manifest.read(out).stream().filter(Manifest.Row::built).count());
        assertEquals(5, Manifest.read(out).size(), "one manifest row per article");
    }

    @Test
    void aJsonLinesOrParquetTableGivesTheGraphsOfTheSameArticlesAsTextFiles() throws IOException {
        BuiltCorpus built = BuiltCorpus.get();
        List<Article> articles = CorpusSource.of(BuiltCorpus.CORPUS).read().articles().subList(0, 2);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            lines.add(json.writeValueAsString(Map.of("id", a.id(), "text", a.text(), "title", a.title(), "author", a.author(),
                    "published", a.publishedDate().map(Object::toString).orElse(""), "source", a.source())));
        }
        Path table = dir.resolve("news.jsonl");
        Files.write(table, lines);
        Path parquet = dir.resolve("news.parquet");
        org.apache.spark.sql.SparkSession spark = SparkBuildCommand.session("local[1]");
        try {
            spark.read().json(table.toString()).write().parquet(parquet.toString());
        } finally {
            spark.stop();
        }
        assertSameGraphsAsBuild(built, articles, table, "jsonl");
        assertSameGraphsAsBuild(built, articles, parquet, "parquet");
    }

    private void assertSameGraphsAsBuild(BuiltCorpus built, List<Article> articles, Path table, String name) {
        CliHarness cli = new CliHarness();
        Path out = dir.resolve("out-" + name);
        assertEquals(0, sparkBuild(cli, "--corpus", table.toString(), "--out", out.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains(articles.size() + " articles built"), cli.out.toString());
        Path db = dir.resolve("db-" + name);
        assertEquals(0, cli.run("load", "--nquads", out.toString(), "--db", db.toString()), cli.err.toString());
        try (TdbStore loaded = TdbStore.open(db)) {
            for (Article a : articles) {
                Model spark = loaded.dataset().calculateRead(() -> withoutRunDetails(loaded.dataset().getNamedModel(SummitIris.graph(a.id()))));
                Model build = built.store.dataset().calculateRead(() -> withoutRunDetails(built.store.dataset().getNamedModel(SummitIris.graph(a.id()))));
                assertTrue(spark.size() > 100);
                assertTrue(build.isIsomorphicWith(spark), a.id() + " differs between its .txt file and its row of a " + name + " table");
            }
        }
    }

    private static Path firstArticle() {
        try (Stream<Path> files = Files.list(BuiltCorpus.CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every named graph of a dataset without the time it was made (a build's own), copied out of its transaction. */
    private static Map<String, Model> graphs(Dataset dataset) {
        return dataset.calculateRead(() -> {
            Map<String, Model> out = new java.util.TreeMap<>();
            dataset.listNames().forEachRemaining(name -> {
                Model m = ModelFactory.createDefaultModel().add(dataset.getNamedModel(name));
                m.removeAll(null, GENERATED_AT, null);
                out.put(name, m);
            });
            return out;
        });
    }

    /** A graph without what differs between two runs on the same text: the time, and the file the text came from. */
    private static Model withoutRunDetails(Model graph) {
        Model m = ModelFactory.createDefaultModel().add(graph);
        m.removeAll(null, GENERATED_AT, null);
        m.removeAll(null, Summit.sourceFile, null);
        return m;
    }

    private static Set<String> graphNames(Path out) {
        Set<String> names = new TreeSet<>();
        quads(out).forEach(q -> names.add(q.getGraph().getURI()));
        return names;
    }

    private static List<Quad> quads(Path out) {
        return quads(out, "graphs");
    }

    private static List<Quad> quads(Path out, String folder) {
        List<Quad> quads = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve(folder))) {
            for (Path part : parts.filter(Manifest::isPart).toList()) {
                RDFParser.source(part).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return quads;
    }
}
