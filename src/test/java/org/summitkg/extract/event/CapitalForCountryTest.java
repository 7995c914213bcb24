package org.summitkg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityExtractor;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.KnownNames;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;

class CapitalForCountryTest {
    private static final KnownNames GAZETTEER = new KnownNames(
            Map.of("Freedonia", EntityType.COUNTRY, "Sylvania", EntityType.COUNTRY, "Port Alder", EntityType.PLACE),
            Map.of("Port Alder", "Freedonia"));

    private static List<String> participantsOfTheInvasion(KnownNames known) {
        AnnotatedArticle article = Fixtures.load("capital-for-country");
        Lexicons lexicons = Lexicons.shipped();
        List<Entity> entities = new EntityExtractor(lexicons, known).extract(article);
        List<Event> events = new EventExtractor(EventLexicon.shipped(), known)
                .extract(article, new EntityIndex(article, entities, lexicons.groupNouns()));
        return events.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("invasion")))
                .flatMap(e -> e.participants().stream()).map(Entity::label).sorted().toList();
    }

    @Test
    void aCapitalThatActsStandsForItsCountry() {
        assertEquals(List.of("Freedonia", "Sylvania"), participantsOfTheInvasion(GAZETTEER));
    }

    @Test
    void withoutTheGazetteersCapitalsTheCityIsOnlyAPlace() {
        KnownNames noCapitals = new KnownNames(GAZETTEER.types());
        assertEquals(List.of("Sylvania"), participantsOfTheInvasion(noCapitals));
    }
}
