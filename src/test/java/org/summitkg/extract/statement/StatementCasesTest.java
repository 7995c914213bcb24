package org.summitkg.extract.statement;

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
 * Runs the statement extractor over every case folder with {@code expected-statements.tsv}: one
 * line per statement, kind (with " NEGATED" for a negated cue), speakers joined by " + ", text, cue and topics, tab-separated.
 */
class StatementCasesTest {
    static final TopicScheme TOPICS = new TopicScheme(List.of(
            new TopicScheme.Topic("ceasefire", List.of("ceasefire", "cease-fire", "truce")),
            new TopicScheme.Topic("meeting", List.of("meeting", "talks", "meet")),
            new TopicScheme.Topic("sanctions", List.of("sanctions"))));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected-statements.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extractsTheExpectedStatements(String name) throws IOException {
        var article = Fixtures.load(name);
        Lexicons lexicons = Lexicons.shipped();
        List<Entity> entities = new EntityExtractor(lexicons).extract(article);
        List<Statement> statements = new StatementExtractor(lexicons, TOPICS)
                .extract(article, new EntityIndex(article, entities, lexicons.groupNouns()));
        String expected = Files.readString(Fixtures.CASES.resolve(name).resolve("expected-statements.tsv")).strip();
        assertEquals(expected, render(statements).strip());
    }

    static String render(List<Statement> statements) {
        return statements.stream().map(s -> s.kind() + (s.negated() ? " NEGATED" : "") + "\t"
                        + s.speakers().stream().map(Entity::label).collect(Collectors.joining(" + ")) + "\t"
                        + s.text() + "\t" + s.cue() + "\t"
                        + s.topics().stream().map(t -> t.topic() + (t.basis() == TopicTag.Basis.TEXT ? "" : "(" + t.basis().name().toLowerCase() + ")"))
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }
}
