package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.internal.Folders;


/**
 * {@code link --report} on a store the CLI builds from the seed corpus (its own: a command closes
 * the store it opens, so it must not be the store other tests share).
 */
class LinkReportIT {
    @Test
    void listsUnlinkedEntitiesWithTheirNamesAndTheReason() {
        Path db = Path.of("target/link-report-it");
        Folders.delete(db);
        CliHarness build = new CliHarness();
        assertEquals(0, build.run("build", "--corpus", BuiltCorpus.CORPUS.toString(), "--db", db.toString(),
                "--cache", BuiltCorpus.CACHE.toString()), build.err.toString());
        String out = new CliHarness().stdout("link", "--report", "--format", "tsv", "--db", db.toString());
        List<String> lines = out.lines().toList();
        assertEquals("?entity\t?label\t?type\t?mentions\t?articles\t?names\t?candidates", lines.get(0));
        assertTrue(lines.size() > 3, out);
        for (String line : lines.subList(1, lines.size())) {
            String reason = line.substring(line.lastIndexOf('\t') + 1);
            assertTrue(reason.startsWith("\"no gazetteer item") || reason.startsWith("\"tie: ") || reason.contains("cannot be a")
                    || reason.contains(" fits "), line);
        }
    }
}
