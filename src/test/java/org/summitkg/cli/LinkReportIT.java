package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code link --report} on the store built from the seed corpus: unlinked entities, with why their names found no item. */
class LinkReportIT {
    @Test
    void listsUnlinkedEntitiesWithTheirNamesAndTheReason() {
        BuiltCorpus.get();
        String out = new CliHarness().stdout("link", "--report", "--format", "tsv", "--db", "target/it-store");
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
