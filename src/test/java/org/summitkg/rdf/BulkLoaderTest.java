package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoaderTest {
    @TempDir
    Path dir;

    private static Model labelled(String label) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(SummitIris.BASE + "resource/person/x").addProperty(RDFS.label, label);
        return m;
    }

    private static String quad(String article, String label) {
        return "<" + SummitIris.BASE + "resource/person/x> <" + RDFS.label.getURI() + "> \"" + label + "\" <"
                + SummitIris.graph(article) + "> .\n";
    }

    @Test
    void theGraphsOfTheFilesReplaceTheirOldVersionsAndOthersStay() throws IOException {
        // a folder named after a Spark master: its URI holds '%5B', which must not be taken for a format
        Path part = Files.writeString(Files.createDirectories(dir.resolve("out-local[2]")).resolve("part-00000"),
                quad("a", "new a") + quad("b", "new b"));
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replaceArticleGraph("a", labelled("old a"));
            store.replaceArticleGraph("c", labelled("kept c"));
            BulkLoader.Result r = new BulkLoader(store).load(List.of(part), List.of(SummitIris.graph("a"), SummitIris.graph("b")));
            assertEquals(2, r.quads());
            assertEquals(java.util.Set.of(SummitIris.graph("a")), r.replaced(), "a was there to replace, b was new");
            store.dataset().executeRead(() -> {
                assertEquals("new a", label(store, "a"));
                assertEquals("new b", label(store, "b"));
                assertEquals("kept c", label(store, "c"));
                assertEquals(1, store.dataset().getNamedModel(SummitIris.graph("a")).size());
            });
        }
    }

    @Test
    void aBrokenFileIsNamedAndTheStoreIsLeftAsItWas() throws IOException {
        Path good = Files.writeString(dir.resolve("part-00000"), quad("a", "new a"));
        Path broken = Files.writeString(dir.resolve("part-00001"), "<urn:s> <urn:p> \"unterminated <urn:g> .\n");
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replaceArticleGraph("a", labelled("old a"));
            String message = assertThrows(StoreException.class,
                    () -> new BulkLoader(store).load(List.of(good, broken), List.of(SummitIris.graph("a")))).getMessage();
            assertTrue(message.startsWith(broken.toString()) && message.contains("must be N-Quads"), message);
            store.dataset().executeRead(() -> assertEquals("old a", label(store, "a")));
        }
    }

    private static String label(TdbStore store, String article) {
        return store.dataset().getNamedModel(SummitIris.graph(article)).listObjectsOfProperty(RDFS.label).next().asLiteral().getString();
    }
}
