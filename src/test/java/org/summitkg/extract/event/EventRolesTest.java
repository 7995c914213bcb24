package org.summitkg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityExtractor;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.parse.Lexicons;

/** Hosts and mediators on the recorded parse of {@code cases/event-roles} (an invented article). */
class EventRolesTest {
    private static List<Event> events() {
        var article = Fixtures.load("event-roles");
        Lexicons lexicons = Lexicons.shipped();
        List<Entity> entities = new EntityExtractor(lexicons).extract(article);
        return new EventExtractor(EventLexicon.shipped()).extract(article, new EntityIndex(article, entities, lexicons.groupNouns()));
    }

    private static List<String> labels(List<Entity> entities) {
        return entities.stream().map(Entity::label).toList();
    }

    @Test
    void theSubjectOfHostedTheTalksHostsThemAndItsObjectTakesPart() {
        Event talks = events().get(0);
        assertEquals(List.of("Ines Okafor"), labels(talks.roles().hosts()));
        assertEquals(List.of("Ines Okafor", "Tomas Lindqvist"), labels(talks.participants()));
        assertEquals(List.of(), talks.roles().mediators());
    }

    @Test
    void theAgentOfAPassiveMediatesOrHosts() {
        assertEquals(List.of("Norway"), labels(events().get(1).roles().mediators()));
        assertEquals(List.of("Chile"), labels(events().get(2).roles().hosts()), "'talks hosted by Chile', though parsed as a clause");
    }
}
