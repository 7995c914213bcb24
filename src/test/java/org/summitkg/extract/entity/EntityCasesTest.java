package org.summitkg.extract.entity;

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


/**
 * Runs the entity extractor over every case folder that has {@code expected-entities.tsv}
 * (label, type, mentions joined by " | ", nominal mentions marked with a trailing '*').
 */
class EntityCasesTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected-entities.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extractsTheExpectedEntities(String name) throws IOException {
        List<Entity> entities = new EntityExtractor().extract(Fixtures.load(name));
        String expected = Files.readString(Fixtures.CASES.resolve(name).resolve("expected-entities.tsv")).strip();
        assertEquals(expected, render(entities));
    }

    static String render(List<Entity> entities) {
        return entities.stream().map(e -> e.label() + "\t" + e.type() + "\t" + e.mentions().stream()
                        .map(m -> m.text() + (m.kind() == MentionKind.NOMINAL ? "*" : "")).collect(Collectors.joining(" | ")))
                .sorted().collect(Collectors.joining("\n"));
    }
}
