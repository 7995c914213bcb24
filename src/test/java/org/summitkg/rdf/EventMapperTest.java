package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;
import org.summitkg.extract.event.Event;
import org.summitkg.extract.event.EventKind;
import org.summitkg.extract.event.EventStatus;
import org.summitkg.link.Links;

class EventMapperTest {
    private static final EventKind SUMMIT = new EventKind("Summit", "Meeting", 1, false, Set.of());
    private static final EventKind PRESS = new EventKind("PressConference", "PressConference", 0, true, Set.of("Summit"));
    private static final Mention AT = new Mention("summit", 0, 6, 0, 0, 1, MentionKind.NAMED);

    private static Entity person(String name) {
        return new Entity(name, name.toLowerCase(java.util.Locale.ROOT), EntityType.PERSON, List.of(AT));
    }

    private static Event event(EventKind kind, EventStatus status, String date, Entity... who) {
        return new Event(kind, List.of(who), List.of(), date, status, List.of(), Event.Roles.NONE, List.of(AT), java.util.Set.of());
    }

    private static final Entity KELLER = person("Anna Keller");
    private static final Entity MOREAU = person("Louis Moreau");

    /** A mapper of the article's events into {@code m}, every event mapped. */
    private static EventMapper mapAll(Model m, Event... events) {
        EventMapper mapper = new EventMapper(m, "a1", new EntityResources(Links.none()), List.of(events), java.time.LocalDate.of(2024, 5, 10));
        List.of(events).forEach(mapper::map);
        return mapper;
    }

    @Test
    void aPressConferenceOfTheSummitsPartiesIsPartOfItWhenBothHappened() {
        Event summit = event(SUMMIT, EventStatus.HAPPENED, "2024-05-03", KELLER, MOREAU);
        Event press = event(PRESS, EventStatus.HAPPENED, "", KELLER, MOREAU);
        Event plannedPress = event(PRESS, EventStatus.PROPOSED, "", KELLER);
        Model m = ModelFactory.createDefaultModel();
        EventMapper mapper = mapAll(m, summit, press, plannedPress);
        mapper.partOf(List.of(summit, press, plannedPress));
        assertTrue(m.contains(m.getResource(mapper.iri(press)), Summit.partOf, m.getResource(mapper.iri(summit))));
        assertEquals(1, m.listStatements(null, Summit.partOf, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                "the summit is part of nothing, and a proposed press conference of nothing");
    }

    @Test
    void anEventYearsBeforeTheArticleIsHistoryAsWellAsItsKind() {
        Event old = event(SUMMIT, EventStatus.HAPPENED, "2013", KELLER);
        Event recent = event(SUMMIT, EventStatus.HAPPENED, "2022", MOREAU);
        Event oldPlan = event(PRESS, EventStatus.PROPOSED, "2013", MOREAU);
        Model m = ModelFactory.createDefaultModel();
        EventMapper mapper = mapAll(m, old, recent, oldPlan);
        var summit = m.getResource(mapper.iri(old));
        assertTrue(m.contains(summit, org.apache.jena.vocabulary.RDF.type, Summit.HistoricalEvent));
        assertTrue(m.contains(summit, org.apache.jena.vocabulary.RDF.type, m.getResource(Summit.NS + "Summit")));
        assertTrue(!m.contains(m.getResource(mapper.iri(recent)), org.apache.jena.vocabulary.RDF.type, Summit.HistoricalEvent),
                "two years before the article is news");
        assertTrue(!m.contains(m.getResource(mapper.iri(oldPlan)), org.apache.jena.vocabulary.RDF.type, Summit.HistoricalEvent),
                "only what happened is history");
    }

    @Test
    void aDateKeepsItsPrecisionInItsDatatype() {
        Model m = ModelFactory.createDefaultModel();
        Event year = event(SUMMIT, EventStatus.HAPPENED, "2022", KELLER);
        Event month = event(PRESS, EventStatus.HAPPENED, "2024-05", MOREAU);
        EventMapper mapper = mapAll(m, year, month);
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear,
                m.getResource(mapper.iri(year)).getProperty(Summit.date).getLiteral().getDatatype());
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth,
                m.getResource(mapper.iri(month)).getProperty(Summit.date).getLiteral().getDatatype());
        assertTrue(new ShapeValidator().violations(m.add(m.getResource(SummitIris.article("a1")), org.apache.jena.vocabulary.RDF.type,
                Summit.Article)).stream().noneMatch(v -> v.contains("date")), "the shapes accept a year and a month");
    }

    @Test
    void twoEventsOfTheSameNameOnOtherDatesAreTwoResourcesWithOneDateEach() {
        Event lastWeek = event(SUMMIT, EventStatus.HAPPENED, "2024-05-03", KELLER, MOREAU);
        Event undated = event(SUMMIT, EventStatus.HAPPENED, "", KELLER, MOREAU);
        Event today = event(SUMMIT, EventStatus.HAPPENED, "2024-05-10", KELLER, MOREAU);
        Model m = ModelFactory.createDefaultModel();
        EventMapper mapper = mapAll(m, lastWeek, undated, today);
        assertEquals(mapper.iri(lastWeek), mapper.iri(undated), "an undated mention is the dated event of its name");
        assertEquals(mapper.iri(lastWeek) + "-2024-05-10", mapper.iri(today));
        for (Event e : List.of(lastWeek, today)) {
            assertEquals(1, m.getResource(mapper.iri(e)).listProperties(Summit.date).toList().size());
        }
    }
}
