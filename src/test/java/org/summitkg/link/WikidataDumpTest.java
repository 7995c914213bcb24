package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.SummitKgException;


/** A small dump in Wikidata's JSON dump format, streamed with Wikidata Toolkit into gazetteer items. */
class WikidataDumpTest {
    static final Path FIXTURE = Path.of("src/test/resources/wikidata/dump/mini-dump.json");
    static final Path KINDS = Path.of("ontology/gazetteer/dump-kinds.tsv");

    @TempDir
    Path dir;

    private Path gzipped() throws IOException {
        Path gz = dir.resolve("latest-all.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(FIXTURE, out);
        }
        return gz;
    }

    @Test
    void keepsTheKindsSummitKgLinksWithTheirNamesCountriesAndTerms() throws IOException {
        WikidataDump dump = new WikidataDump(KINDS);
        Gazetteer g = Gazetteer.of(dump.read(gzipped()));
        assertEquals(8, dump.seen());
        assertEquals(5, dump.kept());
        assertEquals(5, g.size());
        GazetteerItem minister = g.get("Q900001");
        assertEquals(java.util.Set.of(ItemKind.PERSON), minister.kinds());
        assertEquals(java.util.Set.of("Q900010"), minister.countries());
        assertEquals(List.of(new Term("Q900100", "2031-04-02", "2035")), minister.terms());
        assertTrue(minister.inOfficeOn(LocalDate.of(2035, 12, 31)) && !minister.inOfficeOn(LocalDate.of(2031, 4, 1)));
        assertEquals(List.of("Q900002"), g.lookup("T. Quell").stream().map(GazetteerItem::qid).toList(), "aliases are names");
        assertEquals(java.util.Set.of(ItemKind.COUNTRY), g.get("Q900010").kinds(), "a sovereign state is written as a country");
        assertTrue(g.get("Q900011").kinds().contains(ItemKind.ORGANIZATION) && g.get("Q900011").countries().contains("Q900010"));
        assertEquals(java.util.Set.of(ItemKind.FEATURE), g.get("Q900012").kinds());
        for (String dropped : new String[] {"Q900003", "Q900013", "Q900014"}) {
            assertEquals(null, g.get(dropped), dropped + " should be left out");
        }
    }

    @Test
    void aMissingDumpIsOneLineNamingIt() {
        Path missing = dir.resolve("no-such-dump.json.gz");
        SummitKgException e = assertThrows(SummitKgException.class, () -> new WikidataDump(KINDS).read(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()) && !e.getMessage().contains("\n"), e.getMessage());
    }
}
