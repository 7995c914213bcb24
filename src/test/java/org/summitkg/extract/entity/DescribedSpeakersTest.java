package org.summitkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

class DescribedSpeakersTest {
    private static final AnnotatedArticle ARTICLE = Fixtures.load("inverted-described-speaker");

    private static int token(String word) {
        return ARTICLE.tokens().stream().filter(t -> t.word().equals(word)).mapToInt(Token::index).findFirst().orElseThrow();
    }

    @Test
    void aDescriptionWithTheKeyOfAFoundEntityIsThatEntity() {
        int official = token("official");
        Entity found = new Entity("senior ferry official in Port Alder", "senior ferry official in port alder", EntityType.GROUP, List.of(
                new Mention("senior ferry official in Port Alder", 0, 1, 1, official - 2, official + 4, MentionKind.NAMED)));
        Parse parse = new Parse(ARTICLE.sentences().get(ARTICLE.token(official).sentence()));
        Entity described = new DescribedSpeakers(ARTICLE, Lexicons.shipped(), List.of(found)).of(parse, official);
        assertSame(found, described, "one name, one entity: its IRI gets one kind of mention");
    }

    @Test
    void withNothingFoundTheDescriptionIsAnEntityOfItsOwn() {
        int official = token("official");
        Parse parse = new Parse(ARTICLE.sentences().get(ARTICLE.token(official).sentence()));
        Entity described = new DescribedSpeakers(ARTICLE, Lexicons.shipped(), List.of()).of(parse, official);
        assertNotNull(described);
        assertEquals("senior ferry official in port alder", described.key(), "with where the official is: \"in\" ties a speaker to a place or body");
        assertEquals(MentionKind.NOMINAL, described.mentions().get(0).kind());
    }

    @Test
    void anUnresolvedSpeakerIsAnEntityOfItsOwnMention() {
        AnnotatedArticle article = Fixtures.load("unresolved-speakers");
        DescribedSpeakers speakers = new DescribedSpeakers(article, Lexicons.shipped(), List.of());
        Token some = article.tokens().stream().filter(t -> t.word().equals("Some")).findFirst().orElseThrow();
        Token they = article.tokens().stream().filter(t -> t.word().equals("They")).findFirst().orElseThrow();
        Entity first = speakers.unresolved(new Parse(article.sentences().get(some.sentence())), some.index());
        Entity second = speakers.unresolved(new Parse(article.sentences().get(they.sentence())), they.index());
        assertEquals("Some", first.label());
        assertEquals("They", second.label());
        assertTrue(first.key().contains(org.summitkg.extract.parse.Names.key(article.article().id())) && !first.key().equals(second.key()),
                "keyed by article and token, so no two articles' \"they\" are one resource: " + first.key());
        assertSame(first, speakers.unresolved(new Parse(article.sentences().get(some.sentence())), some.index()));
    }
}
