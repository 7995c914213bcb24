package org.summitkg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityExtractor;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.parse.Lexicons;


/**
 * Runs the event extractor over every case folder with {@code expected-events.tsv}: type, status,
 * participants and places joined by " + ", date, proposers, number of mentions, tab-separated.
 */
class EventCasesTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected-events.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extractsTheExpectedEvents(String name) throws IOException {
        var article = Fixtures.load(name);
        Lexicons lexicons = Lexicons.shipped();
        List<Entity> entities = new EntityExtractor(lexicons).extract(article);
        List<Event> events = new EventExtractor(EventLexicon.shipped())
                .extract(article, new EntityIndex(article, entities, lexicons.groupNouns()));
        String expected = Files.readString(Fixtures.CASES.resolve(name).resolve("expected-events.tsv")).strip();
        assertEquals(expected, render(events));
    }

    static String render(List<Event> events) {
        return events.stream().map(e -> e.type() + "\t" + e.status() + "\t" + labels(e.participants()) + "\t"
                + labels(e.places()) + "\t" + e.date() + "\t" + labels(e.proposers()) + "\t" + e.mentions().size())
                .collect(Collectors.joining("\n"));
    }

    private static String labels(List<Entity> entities) {
        return entities.stream().map(Entity::label).collect(Collectors.joining(" + "));
    }
}
