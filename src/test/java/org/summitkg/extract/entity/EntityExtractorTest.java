package org.summitkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.nlp.AnnotatedArticle;


class EntityExtractorTest {
    private final AnnotatedArticle article = Fixtures.load("named-and-nominal");
    private final List<Entity> entities = new EntityExtractor().extract(article);

    private Entity named(String label) {
        return entities.stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void mentionOffsetsPointAtTheirTextInTheArticle() {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), article.article().text().substring(m.begin(), m.end()));
            }
        }
    }

    @Test
    void dropsTitlesAndPossessivesFromNames() {
        assertTrue(entities.stream().noneMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().contains("Chancellor") || m.text().contains("Mrs") || m.text().endsWith("'s"))));
    }

    @Test
    void mergesASurnameWithTheFullNameAndKeepsTheFullNameAsLabel() {
        assertEquals(List.of("Louis Moreau", "Moreau"), named("Louis Moreau").mentions().stream()
                .filter(m -> m.kind() == MentionKind.NAMED).map(Mention::text).toList());
    }

    @Test
    void attachesADescriptionThatRepeatsTheTitleTheArticleGaveTheName() {
        assertTrue(named("Louis Moreau").mentions().stream()
                .anyMatch(m -> m.kind() == MentionKind.NOMINAL && m.text().equals("The French president")));
    }

    @Test
    void aHyphenatedPairOfNamesIsNotAnEntity() {
        assertTrue(entities.stream().noneMatch(e -> e.label().contains("-")));
    }

    @Test
    void demonymsAreNotEntities() {
        assertTrue(entities.stream().noneMatch(e -> e.label().equals("German") || e.label().equals("French")));
    }
}
