package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.corpus.Article;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;


class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker(Gazetteer.read(Path.of("src/test/resources/gazetteer/small.ttl")));

    private static Entity entity(String name, EntityType type, int at) {
        return new Entity(name, name.toLowerCase(), type, List.of(
                new Mention(name, at, at + name.length(), 0, at, at + 1, MentionKind.NAMED)));
    }

    private static ArticleGraph graph(Entity... entities) {
        return dated(null, entities);
    }

    private static ArticleGraph dated(LocalDate published, Entity... entities) {
        return new ArticleGraph(new Article("a", "a.txt", "", "", published, "", "x".repeat(500)), List.of(), List.of(entities),
                List.of(), List.of(), List.of());
    }

    @Test
    void theOfficeHolderOnTheArticlesDateBeatsANamesake() {
        Entity person = entity("Alex Varga", EntityType.PERSON, 0);
        assertEquals("Q6001", linker.link(dated(LocalDate.of(2032, 5, 1), person)).of(person).orElseThrow().qid());
        assertEquals("Q6002", linker.link(dated(LocalDate.of(2014, 6, 30), person)).of(person).orElseThrow().qid());
        assertTrue(linker.link(dated(LocalDate.of(2014, 7, 1), person)).of(person).isEmpty(), "nobody in office: a tie");
        assertTrue(linker.link(graph(person)).of(person).isEmpty(), "no date: a tie stays unlinked");
    }

    @Test
    void aCapitalBeatsTheRegionOfItsName() {
        Entity place = entity("Port Alder", EntityType.REGION, 0);
        assertEquals("Q8002", linker.link(graph(place)).of(place).orElseThrow().qid());
    }

    @Test
    void aPersonNeverLinksToAPlaceOfTheSameName() {
        Entity hale = entity("Hale", EntityType.CITY, 0);
        Entity person = entity("Hale", EntityType.PERSON, 10);
        Links links = linker.link(graph(hale, person));
        assertEquals("Q4001", links.of(hale).orElseThrow().qid());
        assertEquals("Q3001", links.of(person).orElseThrow().qid(), "the surname goes to the more prominent office holder");
    }

    @Test
    void anAmbiguousNameStaysUnlinkedWithoutContext() {
        Entity town = entity("Springfield", EntityType.CITY, 0);
        assertTrue(linker.link(graph(town)).of(town).isEmpty());
    }

    @Test
    void theCountriesOfTheArticleDecideBetweenNamesakes() {
        Entity town = entity("Springfield", EntityType.CITY, 0);
        Entity country = entity("Sylvania", EntityType.COUNTRY, 20);
        Links links = linker.link(graph(town, country));
        assertEquals("Q1002", links.of(town).orElseThrow().qid());
        assertEquals("gazetteer-context", links.of(town).orElseThrow().method());
    }

    @Test
    void aliasesAndAcronymsLinkWithTheItemsLabel() {
        Entity org = entity("NAT", EntityType.ORGANIZATION, 0);
        Link link = linker.link(graph(org)).of(org).orElseThrow();
        assertEquals("Q5001", link.qid());
        assertEquals("Northern Alliance of Towns", link.label());
    }

    @Test
    void groupsAreNeverLinked() {
        Entity group = entity("Hale", EntityType.GROUP, 0);
        assertTrue(linker.link(graph(group)).of(group).isEmpty());
    }

    @Test
    void theReportSaysWhyAnEntityFoundNoItem() {
        assertEquals("no gazetteer item has this name", linker.explain(EntityType.PERSON, List.of("Nobody Known")));
        String tie = linker.explain(EntityType.CITY, List.of("Springfield"));
        assertTrue(tie.startsWith("tie: ") && tie.contains("Q1001") && tie.contains("Q1002"), tie);
        String kind = linker.explain(EntityType.COUNTRY, List.of("Hale"));
        assertTrue(kind.contains("Q4001 Hale: [CITY] cannot be a COUNTRY"), kind);
        assertEquals("groups are never linked", linker.explain(EntityType.GROUP, List.of("Hale")));
    }

    @Test
    void aLoneSurnameNeedsAProminentHolderOrOneInOfficeThatDay() {
        Entity brisk = entity("Brisk", EntityType.PERSON, 0);
        assertTrue(linker.link(graph(brisk)).of(brisk).isEmpty(), "one source and no date: unlinked");
        assertEquals("Q3003", linker.link(dated(LocalDate.of(2031, 1, 1), brisk)).of(brisk).orElseThrow().qid());
    }
}
