package org.summitkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;


/**
 * Pronouns that coreference leaves unresolved (fixture {@code pronoun-speakers}, annotated by
 * CoreNLP): a "she" five sentences after the only person named, a "they" after a named union
 * (the same fixture has a plural proper noun, "Liberals", as a speaker: see StatementCasesTest).
 */
class EntityIndexTest {
    private final AnnotatedArticle article = Fixtures.load("pronoun-speakers");
    private final Lexicons lexicons = Lexicons.shipped();
    private final EntityIndex index = new EntityIndex(article, new EntityExtractor(lexicons).extract(article), lexicons.groupNouns());

    private int token(String word, int sentence) {
        for (int i = 0; i < article.annotations().tokens().size(); i++) {
            if (article.token(i).word().equals(word) && article.token(i).sentence() == sentence) {
                return i;
            }
        }
        throw new AssertionError(word + " not in sentence " + sentence);
    }

    private List<String> labels(int token) {
        return index.resolve(token).stream().map(Entity::label).toList();
    }

    @Test
    void aHeOrSheFindsThePersonNamedSeveralSentencesBefore() {
        assertEquals(List.of("Mara Lindqvist"), labels(token("she", 5)));
    }

    @Test
    void aTheyFindsTheGroupOrBodyNamedJustBefore() {
        assertEquals(List.of("Velm Dockworkers Union"), labels(token("They", 7)));
    }
}
