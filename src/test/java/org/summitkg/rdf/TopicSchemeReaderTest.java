package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.statement.TopicScheme;


class TopicSchemeReaderTest {
    private final TopicScheme topics = TopicSchemeReader.shipped();

    @Test
    void readsTheRequiredTopicsWithTheirTriggers() {
        List<String> names = topics.topics().stream().map(TopicScheme.Topic::name).toList();
        for (String required : List.of("ceasefire", "peace", "war", "sanctions", "trade", "NATO", "security", "meeting",
                "relations", "territory", "domestic-politics")) {
            assertTrue(names.contains(required), required);
        }
        TopicScheme.Topic ceasefire = topics.topics().stream().filter(t -> t.name().equals("ceasefire")).findFirst().orElseThrow();
        assertTrue(ceasefire.triggers().containsAll(List.of("ceasefire", "cease-fire", "truce")));
    }

    @Test
    void tagsWholeWordsInAnyCaseWithPlurals() {
        assertEquals(List.of("ceasefire"), topics.tag("A Cease-Fire is near").stream().filter(t -> t.equals("ceasefire")).toList());
        assertTrue(topics.tag("new sanctions on exports").contains("sanctions"));
        assertTrue(topics.tag("The ceasefires held").contains("ceasefire"));
        assertTrue(!topics.tag("warm words").contains("war"), "war must not fire inside 'warm'");
    }

    @Test
    void everyTopicNameIsAConceptOfTheScheme() {
        var model = Ontology.topics();
        for (TopicScheme.Topic t : topics.topics()) {
            assertTrue(model.contains(model.createResource(TopicSchemeReader.iri(t.name())), SKOS.prefLabel), t.name());
        }
    }
}
