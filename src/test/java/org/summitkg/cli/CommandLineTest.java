package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The command line's contract without CoreNLP: usage errors, help, failures in one line. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aFailureIsOneLineAndVerboseBeforeOrAfterTheCommandAddsTheStackTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT WHERE {");
        String db = dir.resolve("db").toString();
        assertEquals(1, run("query", bad.toString(), "--db", db));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("summit-kg: "), err.toString());
        for (String[] args : new String[][] {{"--verbose", "query", bad.toString(), "--db", db}, {"query", "-v", bad.toString(), "--db", db}}) {
            err.getBuffer().setLength(0);
            assertEquals(1, run(args));
            assertTrue(err.toString().contains("\tat org.summitkg."), String.join(" ", args) + ": " + err);
        }
    }

    @Test
    void removingAnArticleTheStoreDoesNotHaveNamesItAndFails() {
        assertEquals(1, run("remove", "--db", dir.resolve("db").toString(), "no-such-article"));
        assertTrue(err.toString().contains("no-such-article: no article graph of that id"), err.toString());
        assertTrue(out.toString().contains("0 article graphs removed, 0 remain"), out.toString());
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        assertEquals(2, run("build", "--no-such-flag"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-flag'"), err.toString());
        assertTrue(err.toString().contains("Usage: summit-kg build"), err.toString());
    }

    @Test
    void aBadValueIsAUsageErrorNamingTheValue() {
        assertEquals(2, run("query", "x.rq", "--format", "xml"));
        assertTrue(err.toString().contains("must be one of table, tsv, csv, json, was 'xml'"), err.toString());
        assertEquals(2, run("build", "--threads", "0"));
        assertTrue(err.toString().contains("--threads must be at least 1, was 0"), err.toString());
        assertEquals(2, run("export", "--format", "svg"));
        assertTrue(err.toString().contains("must be one of ttl, trig, nq, jsonld, graphml, gexf, dot, cytoscape, was 'svg'"),
                err.toString());
    }

    @Test
    void benchRefusesAFolderItDidNotMakeAndNamesABadSize() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        assertEquals(2, run("bench", "--work", mine.toString()));
        assertTrue(err.toString().contains("--work must be a new or empty folder or one bench made"), err.toString());
        assertTrue(Files.exists(mine.resolve("notes.txt")), "nothing of the folder is deleted");
        assertEquals(2, run("bench", "--work", dir.resolve("w").toString(), "--scale", dir.resolve("nothing").toString()));
        assertTrue(err.toString().contains("nothing: not a folder of articles"), err.toString());
        assertEquals(2, run("bench", "--work", dir.resolve("w").toString(), "--sizes", "100,0"));
        assertTrue(err.toString().contains("were 20 and [100, 0]"), err.toString());
    }

    @Test
    void sparkBuildAndLoadNameWhatIsMissingOrWrong() {
        assertEquals(2, run("spark-build", "--corpus", "corpus"));
        assertTrue(err.toString().contains("Missing required option: '--out=DIR'"), err.toString());
        assertEquals(2, run("spark-build", "--out", dir.resolve("out").toString(), "--partitions", "-1"));
        assertTrue(err.toString().contains("--partitions must be 1 or more (0: twice the cores), was -1"), err.toString());
        assertEquals(1, run("load", "--nquads", dir.resolve("nothing").toString(), "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains("nothing: must be the output folder of spark-build"), err.toString());
    }

    @Test
    void trainNamesAFolderThatIsNoBratGoldAndBadCuts() {
        assertEquals(2, run("train", "--gold", dir.toString()));
        assertTrue(err.toString().contains(dir + ": --gold must be a BRAT folder with text/ and attributions/"), err.toString());
        assertEquals(2, run("train", "--gold", "src/test/resources/cases/brat", "--veto", "0.5", "--threshold", "0.4"));
        assertTrue(err.toString().contains("0 <= --veto < --threshold < 1, were 1.0, 0.5 and 0.4"), err.toString());
        assertEquals(2, run("train", "--gold", "src/test/resources/cases/brat", "--model", "speakers"));
        assertTrue(err.toString().contains("expected one of [cues, statements]") && err.toString().contains("'speakers'"), err.toString());
    }

    @Test
    void aBadCorsOriginIsAUsageErrorNamingTheValue() {
        assertEquals(2, run("serve", "--cors-origin", "yasgui.example.org", "--db", "target/no-such-store"));
        assertTrue(err.toString().contains("--cors-origin must be *, none or an origin") && err.toString().contains("'yasgui.example.org'"),
                err.toString());
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"build", "serve", "query", "export", "evaluate"}) {
            assertTrue(out.toString().contains(command), command);
        }
    }

    @Test
    void versionNamesTheRelease() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("summit-kg " + Version.NUMBER));
    }

    @Test
    void aMalformedQueryIsOneLineWithTheParsersMessage() throws IOException {
        Path query = Files.writeString(dir.resolve("bad.rq"), "SELECT * WHERE { ?s ?p }");
        assertEquals(1, run("query", query.toString(), "--db", dir.resolve("db").toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("summit-kg: " + query + ": SPARQL syntax error"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aMissingQueryFileSaysSo() {
        assertEquals(1, run("query", dir.resolve("nope.rq").toString(), "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains("nope.rq: query must be a readable file"), err.toString());
    }

    @Test
    void aMissingCorpusFailsTheBuildWithOneLine() {
        assertEquals(1, run("build", "--corpus", dir.resolve("none").toString(), "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains("none: corpus must be an existing folder or .txt file"), err.toString());
    }

    @Test
    void aBundledQueryRunsByName() {
        assertEquals(0, run("query", "entities-by-article", "--format", "tsv", "--db", dir.resolve("db").toString()));
    }
}
