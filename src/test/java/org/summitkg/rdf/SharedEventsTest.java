package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class SharedEventsTest {
    private static final String EVENT = SummitIris.BASE + "resource/event/meeting-happened-anna-keller-louis-moreau";

    /** One article's graph of the event: its class, participants, places (with their classes) and date. */
    private static Model report(String type, String date, String... places) {
        Model m = ModelFactory.createDefaultModel();
        Resource e = m.createResource(EVENT, Summit.Event).addProperty(RDF.type, m.createResource(Summit.NS + type))
                .addProperty(Summit.status, "happened");
        for (String who : List.of("Anna Keller", "Louis Moreau")) {
            e.addProperty(Summit.participant, m.createResource(SummitIris.BASE + "resource/person/" + SummitIris.slug(who))
                    .addProperty(RDFS.label, who));
        }
        for (String place : places) {
            String[] kindAndName = place.split(":");
            e.addProperty(Summit.eventPlace, m.createResource(SummitIris.BASE + "resource/place/" + SummitIris.slug(kindAndName[1]))
                    .addProperty(RDF.type, m.createResource(Summit.NS + kindAndName[0])).addProperty(RDFS.label, kindAndName[1]));
        }
        if (!date.isEmpty()) {
            e.addProperty(Summit.date, m.createTypedLiteral(date, date.length() == 4 ? XSDDatatype.XSDgYear : XSDDatatype.XSDdate));
        }
        return m;
    }

    private static EventFacts sum(Model... reports) {
        EventFacts total = null;
        for (int i = 0; i < reports.length; i++) {
            EventFacts f = EventFacts.in(reports[i], "a" + i).get(0);
            total = total == null ? f : total.plus(f);
        }
        return total;
    }

    @Test
    void theLabelComesFromEveryReportTheHighestKindTheMostSpecificPlaceAndTheMostGivenDate() {
        EventFacts all = sum(report("Meeting", "2024-05-03", "City:Port Alder", "Country:Norway"),
                report("Summit", "2024-05-03", "Facility:Camp Alder Air Base", "City:Port Alder"),
                report("Meeting", "2024", "City:Port Alder"));
        assertEquals("Summit of Anna Keller and Louis Moreau, Camp Alder Air Base, 2024-05-03", SharedEvents.label(all));
        assertEquals(SummitIris.BASE + "resource/place/camp-alder-air-base", SharedEvents.mainPlace(all).orElseThrow());
        assertEquals(List.of("a0", "a1", "a2"), List.copyOf(all.articles()));
    }

    @Test
    void theSumDoesNotDependOnTheOrderOfTheReports() {
        Model a = report("Meeting", "2024", "City:Port Alder");
        Model b = report("Summit", "2024-05-03", "Region:Nordland");
        assertEquals(SharedEvents.label(sum(a, b)), SharedEvents.label(sum(b, a)));
        Model graph = SharedEvents.graph(List.of(sum(a, b)));
        assertEquals(1, graph.listObjectsOfProperty(graph.getResource(EVENT), RDFS.label).toList().size(), "one label per event");
    }

    @Test
    void aPartWithoutDateOrPlaceTakesTheWholesAndKeepsItsOwn() {
        Model whole = report("Summit", "2024-05-03", "City:Port Alder");
        String pressIri = SummitIris.BASE + "resource/event/pressconference-happened-anna-keller-louis-moreau";
        Model press = ModelFactory.createDefaultModel();
        press.createResource(pressIri, Summit.Event).addProperty(RDF.type, press.createResource(Summit.NS + "PressConference"))
                .addProperty(Summit.status, "happened").addProperty(Summit.partOf, press.createResource(EVENT));
        java.util.Map<String, EventFacts> byIri = new java.util.TreeMap<>();
        EventFacts.in(whole, "a1").forEach(f -> byIri.put(f.iri(), f));
        EventFacts.in(press, "a2").forEach(f -> byIri.put(f.iri(), f));
        EventFacts completed = SharedEvents.completed(byIri).get(pressIri);
        assertEquals("Press conference, Port Alder, 2024-05-03, as a2 reports it", SharedEvents.label(completed));
        Model graph = SharedEvents.graph(List.of(completed));
        assertEquals("2024-05-03", graph.getResource(pressIri).getProperty(Summit.date).getString());
        EventFacts dated = EventFacts.in(report("Meeting", "2024-05-04"), "a3").get(0).within(byIri.get(EVENT));
        assertEquals(List.of("2024-05-04"), List.copyOf(dated.dates().keySet()), "a part's own date stays");
    }

    @Test
    void anEventWithoutParticipantsNamesTheArticleThatReportsIt() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(SummitIris.article("a7") + "/event/meeting-proposed-120", Summit.Event)
                .addProperty(RDF.type, m.createResource(Summit.NS + "Meeting")).addProperty(Summit.status, "proposed");
        assertEquals("Meeting (proposed), as a7 reports it", SharedEvents.label(EventFacts.in(m, "a7").get(0)));
    }
}
