package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.rdf.TdbStore;


/**
 * A build killed with SIGKILL half-way (in a child process) leaves what was stored before intact
 * and queryable, and a second run completes.
 */
class CrashSafetyIT {
    @TempDir
    Path dir;

    private Process build(Path corpus, Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.summitkg.cli.SummitKg", "build", "--corpus", corpus.toString(), "--db", db.toString(),
                "--cache", BuiltCorpus.CACHE.toString()).redirectErrorStream(true).start();
    }

    @Test
    void aKilledBuildLosesNothingStoredBeforeAndARerunCompletes() throws Exception {
        BuiltCorpus.get(); // the corpus is annotated and cached
        Path db = dir.resolve("db");
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.copy(BuiltCorpus.CORPUS.resolve("004_e4c38989746e1229.txt"), first.resolve("kept.txt"));
        assertEquals(0, build(first, db).waitFor());
        long before = triples(db, "kept");
        assertTrue(before > 100, "triples stored before: " + before);

        Path big = Files.createDirectories(dir.resolve("big"));
        List<Path> articles;
        try (var files = Files.list(BuiltCorpus.CORPUS)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int copy = 0; copy < 30; copy++) {
            for (Path a : articles) {
                Files.copy(a, big.resolve(String.format("c%02d-%s", copy, a.getFileName())));
            }
        }
        Process killed = build(big, db);
        waitForProgress(killed, " 15/150 ");
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertEquals(before, triples(db, "kept"), "the graph stored before the killed build changed");
        Process rerun = build(big, db);
        String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, rerun.waitFor(), output);
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(\\d+) articles built, (\\d+) unchanged, 0 skipped")
                .matcher(output);
        assertTrue(summary.find(), output);
        assertEquals(150, Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2)), output);
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(151, store.articleCount());
        }
        assertEquals(before, triples(db, "kept"));
    }

    private static void waitForProgress(Process p, String marker) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains(marker)) {
                return;
            }
        }
        throw new AssertionError("the build ended before " + marker.strip());
    }

    private static long triples(Path db, String articleId) {
        try (TdbStore store = TdbStore.open(db)) {
            return store.dataset().calculateRead(() -> {
                String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/summit-kg/graph/" + articleId + "> { ?s ?p ?o } }";
                try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    return exec.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }
}
