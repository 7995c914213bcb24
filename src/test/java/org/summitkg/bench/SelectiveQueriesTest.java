package org.summitkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.summitkg.rdf.Summit;

class SelectiveQueriesTest {
    private static final String R = "https://example.org/r/";

    @Test
    void boundToTheArticlesRarestValuesAcrossTheStore() {
        Dataset ds = DatasetFactory.createTxnMem();
        // the chosen article: its speakers Okafor (said things elsewhere too) and Lindqvist (only here)
        ds.addNamedModel(R + "g1", article("first.txt", "s1", "okafor", "s2", "lindqvist"));
        ds.addNamedModel(R + "g2", article("second.txt", "s3", "okafor", "s4", "okafor"));
        Map<String, String> bound = SelectiveQueries.pick(ds, "first.txt").stream()
                .collect(Collectors.toMap(b -> b.label().split(" ")[0], SelectiveQueries.Bound::label));
        assertEquals("statements-by-speaker speaker=<" + R + "lindqvist>", bound.get("statements-by-speaker"));
        assertEquals("says-about speaker=<" + R + "lindqvist>", bound.get("says-about"));
        assertTrue(bound.get("statement-provenance").matches("statement-provenance statement=<" + R + "s[12]>"));
        assertTrue(bound.containsKey("claims-about-topic"));
    }

    @Test
    void theBoundValueReplacesTheVariableInTheQueryText() {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.addNamedModel(R + "g1", article("first.txt", "s1", "okafor", "s2", "okafor"));
        List<SelectiveQueries.Bound> bound = SelectiveQueries.pick(ds, "first.txt");
        String text = bound.stream().filter(b -> b.label().startsWith("statements-by-speaker")).findFirst().orElseThrow().text();
        assertTrue(text.contains("<" + R + "okafor>"), text);
        assertTrue(!text.contains("?speaker summit") && !text.contains("?speaker <"), text);
    }

    @Test
    void anArticleNotInTheStoreBindsOnlyTheTopic() {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.addNamedModel(R + "g1", article("first.txt", "s1", "okafor", "s2", "okafor"));
        assertEquals(List.of("claims-about-topic topic=ceasefire"),
                SelectiveQueries.pick(ds, "missing.txt").stream().map(SelectiveQueries.Bound::label).toList());
    }

    private static Model article(String file, String st1, String speaker1, String st2, String speaker2) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(R + "article/" + file).addProperty(m.createProperty(Summit.NS + "sourceFile"), file);
        for (String[] s : new String[][] {{st1, speaker1}, {st2, speaker2}}) {
            m.createResource(R + s[0]).addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(Summit.NS + "Statement"))
                    .addProperty(m.createProperty(Summit.NS + "speaker"), m.createResource(R + s[1]))
                    .addProperty(m.createProperty(Summit.NS + "inArticle"), a);
        }
        return m;
    }
}
