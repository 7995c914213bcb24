package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.extract.statement.LogisticModel;


/** {@code summit-kg} through picocli with the real pipeline: exit codes and output. */
class CommandLineIT {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private String stdout(String... args) {
        return cli.stdout(args);
    }

    @Test
    void buildsASingleFileThenQueriesAndExportsIt() throws IOException {
        Path article = Files.copy(BuiltCorpus.CORPUS.resolve("004_e4c38989746e1229.txt"), dir.resolve("one.txt"));
        String db = dir.resolve("db").toString();
        assertEquals(0, run("build", "--corpus", article.toString(), "--db", db, "--cache", BuiltCorpus.CACHE.toString()),
                err.toString());
        assertTrue(out.toString().contains("1 articles built, 0 unchanged, 0 skipped"), out.toString());
        assertTrue(out.toString().contains("SHACL validation passed"), out.toString());

        String csv = stdout("query", "entities-by-article", "--format", "csv", "--db", db);
        assertTrue(csv.startsWith("article,entity,label,canonical,type,wikidata"), csv);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.startsWith("one.txt,")), csv);
        assertTrue(csv.lines().count() > 5, csv);

        Path trig = dir.resolve("out.trig");
        assertEquals(0, run("export", "--format", "trig", "--out", trig.toString(), "--db", db), err.toString());
        Dataset exported = RDFDataMgr.loadDataset(trig.toString());
        assertTrue(exported.containsNamedModel("https://w3id.org/summit-kg/graph/one"));
        assertTrue(exported.containsNamedModel("https://w3id.org/summit-kg/graph/ontology"));
    }

    @Test
    void trainFitsBothModelsOnBratGoldAndTheExtractorCanReadThem() throws IOException {
        Path cues = dir.resolve("cues.tsv");
        assertEquals(0, run("train", "--gold", "src/test/resources/cases/brat-train", "--cache", BuiltCorpus.CACHE.toString(),
                "--out", cues.toString()), err.toString());
        assertTrue(out.toString().matches("(?s)1 articles, \\d+ candidate words, [1-9]\\d* of them in a gold cue; model written to .*"),
                out.toString());
        String text = Files.readString(cues);
        assertTrue(text.startsWith("# summit-kg cue model"), text);
        assertTrue(text.contains("\nthreshold\t0.3\nveto\t0.1\nbias\t"), text); // the shipped cue model's cut is the default
        LogisticModel cueModel = read(cues);
        assertTrue(cueModel.probability(List.of("l=mull")) > cueModel.probability(List.of("l=draw")),
                "the fixture's cue weighs for a cue, a verb that is none against");

        Path statements = dir.resolve("statements.tsv");
        assertEquals(0, run("train", "--model", "statements", "--gold", "src/test/resources/cases/brat-train", "--cache",
                BuiltCorpus.CACHE.toString(), "--out", statements.toString()), err.toString());
        assertTrue(out.toString().contains("1 articles, 4 found statements, 1 of them matching a gold content"), out.toString());
        assertTrue(Files.readString(statements).contains("\nthreshold\t0.38\nveto\t0.0\n"), Files.readString(statements));
        read(statements);
    }

    private static LogisticModel read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return LogisticModel.read(in, file.toString());
        }
    }

    @Test
    void skipsABadArticleKeepsTheGoodOneAndExitsOne() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(BuiltCorpus.CORPUS.resolve("004_e4c38989746e1229.txt"), corpus.resolve("good.txt"));
        Files.write(corpus.resolve("bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'});
        String db = dir.resolve("db").toString();
        assertEquals(1, run("build", "--corpus", corpus.toString(), "--db", db, "--cache", BuiltCorpus.CACHE.toString()));
        assertTrue(out.toString().contains("1 articles built, 0 unchanged, 1 skipped"), out.toString());
        assertTrue(err.toString().contains("bad.txt: article must be UTF-8 encoded"), err.toString());
        String tsv = stdout("query", "entities-by-article", "--format", "tsv", "--db", db);
        assertTrue(tsv.contains("\"good.txt\""), tsv);

        // a later build with only bad input leaves what is stored unchanged
        Path worse = Files.createDirectories(dir.resolve("worse"));
        Files.write(worse.resolve("good.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(worse.resolve("empty.txt"), "");
        assertEquals(1, run("build", "--corpus", worse.toString(), "--db", db, "--cache", BuiltCorpus.CACHE.toString()));
        assertEquals(tsv, stdout("query", "entities-by-article", "--format", "tsv", "--db", db));
    }
}
