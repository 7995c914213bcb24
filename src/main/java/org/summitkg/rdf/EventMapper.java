package org.summitkg.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.summitkg.extract.entity.Mention;
import java.util.List;
import org.summitkg.extract.event.Event;
import org.summitkg.extract.event.EventStatus;

/**
 * Maps events to RDF. An event with participants is named by its family, status and participants
 * ({@code …/resource/event/meeting-happened-anna-keller-louis-moreau}), so every article that
 * reports the same event adds to one resource: its places, its date, its mentions.
 */
final class EventMapper {
    /** How many years before its article an event that happened is history, not news. */
    static final int HISTORY_YEARS = 5;

    private final Model model;
    private final String articleId;
    private final EntityResources resources;
    /** The article's year: its publication's, else that of its latest dated event; 0 when neither is known. */
    private final int newsYear;
    private final Map<Event, String> iris = new IdentityHashMap<>();

    /** Maps the events of one article, published on {@code published} (null when unknown). */
    EventMapper(Model model, String articleId, EntityResources resources, List<Event> events, LocalDate published) {
        this.model = model;
        this.articleId = articleId;
        this.resources = resources;
        this.newsYear = published != null ? published.getYear()
                : events.stream().mapToInt(EventMapper::year).max().orElse(0);
        name(events);
    }

    /**
     * Names the article's events: by family, status and participants, except that an event dated
     * otherwise than the first dated one of that name is another event (last week's call and
     * today's call between the same two), named with its date as well.
     */
    private void name(List<Event> events) {
        Map<String, String> dateOfName = new HashMap<>();
        for (Event e : events) {
            String base = baseIri(e);
            String claimed = dateOfName.get(base);
            if (e.date().isEmpty() || claimed == null || claimed.isEmpty() || claimed.equals(e.date())) {
                iris.put(e, base);
                if (claimed == null || claimed.isEmpty()) {
                    dateOfName.put(base, e.date());
                }
            } else {
                iris.put(e, base + "-" + e.date());
            }
        }
    }

    /** The IRI of one of the article's events (those given to the constructor). */
    String iri(Event e) {
        return java.util.Objects.requireNonNull(iris.get(e), "not an event of this article");
    }

    private String baseIri(Event e) {
        if (e.participants().isEmpty()) {
            return SummitIris.event(articleId, e.family(), e.status(), e.mentions().get(0).begin());
        }
        return SummitIris.event(e.family(), e.status(), e.participants().stream().map(resources::iri).toList());
    }

    void map(Event e) {
        Resource r = model.createResource(iri(e), Summit.Event)
                .addProperty(RDF.type, model.createResource(Summit.NS + e.type()))
                .addProperty(Summit.status, e.status().name().toLowerCase(Locale.ROOT))
                .addProperty(Summit.reportedIn, model.createResource(SummitIris.article(articleId)));
        e.participants().forEach(p -> r.addProperty(Summit.participant, model.createResource(resources.iri(p))));
        e.proposers().forEach(p -> r.addProperty(Summit.proposer, model.createResource(resources.iri(p))));
        e.roles().hosts().forEach(p -> r.addProperty(Summit.host, model.createResource(resources.iri(p))));
        e.roles().mediators().forEach(p -> r.addProperty(Summit.mediator, model.createResource(resources.iri(p))));
        e.places().forEach(p -> r.addProperty(Summit.eventPlace, model.createResource(resources.iri(p))));
        if (!e.date().isEmpty()) {
            r.addProperty(Summit.date, model.createTypedLiteral(e.date(), Literals.dateType(e.date())));
        }
        if (isHistory(e)) {
            r.addProperty(RDF.type, Summit.HistoricalEvent);
        }
        for (Mention m : e.mentions()) {
            r.addProperty(Summit.mentionedIn, model.createResource(SummitIris.sentence(articleId, m.sentence())));
            r.addProperty(Summit.trigger, m.text().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * An event that happened {@value #HISTORY_YEARS} or more years before the article ("since a
     * summit in 2013"), by its publication date or, without one, by the latest date its events give.
     */
    private boolean isHistory(Event e) {
        int year = year(e);
        return e.status() == EventStatus.HAPPENED && year > 0 && newsYear - year >= HISTORY_YEARS;
    }

    /** The year of an event's date ("2013", "2024-05", "2024-05-03"), or 0 without one. */
    private static int year(Event e) {
        String d = e.date();
        return d.length() >= 4 && d.substring(0, 4).chars().allMatch(Character::isDigit) ? Integer.parseInt(d.substring(0, 4)) : 0;
    }

    /**
     * States which events are part of which: an event whose kind lists the other's as one it is part
     * of ({@code event-kinds.tsv}: the press conference of a summit), both happened, between some of its parties.
     */
    void partOf(List<Event> events) {
        for (Event e : events) {
            for (Event whole : events) {
                if (e != whole && e.kind().partOf().contains(whole.type()) && e.status() == EventStatus.HAPPENED
                        && whole.status() == EventStatus.HAPPENED && !e.participants().isEmpty()
                        && whole.participants().containsAll(e.participants())) {
                    model.createResource(iri(e)).addProperty(Summit.partOf, model.createResource(iri(whole)));
                }
            }
        }
    }
}
