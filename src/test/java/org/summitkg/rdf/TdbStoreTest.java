package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class TdbStoreTest {
    @TempDir
    Path dir;

    private static Model labelled(String subject, String label) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(subject).addProperty(RDFS.label, label);
        return m;
    }

    @Test
    void replacingAnArticleGraphReplacesExactlyThatGraph() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceArticleGraph("a", labelled("urn:x:a", "old a"));
            store.replaceArticleGraph("b", labelled("urn:x:b", "b"));
            store.replaceArticleGraph("a", labelled("urn:x:a", "new a"));
            Model union = store.unionCopy();
            assertTrue(union.contains(union.createResource("urn:x:a"), RDFS.label, "new a"));
            assertFalse(union.contains(union.createResource("urn:x:a"), RDFS.label, "old a"));
            assertTrue(union.contains(union.createResource("urn:x:b"), RDFS.label, "b"));
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void keepsItsContentAcrossReopening() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceArticleGraph("a", labelled("urn:x:a", "kept"));
            store.loadOntology();
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertEquals(1, store.articleCount());
            assertTrue(store.unionCopy().contains(null, RDFS.label, "kept"));
        }
    }
}
