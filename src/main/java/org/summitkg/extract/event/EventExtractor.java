package org.summitkg.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.KnownNames;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Finds the events of an article and merges the mentions of each: mentions of one family
 * (summit, meeting, talks…), of one status, whose participants include one another or are unstated and whose
 * cities do not conflict, are one event. An event with nothing known about it (no participant,
 * place or date) is dropped.
 *
 * <pre>{@code
 * List<Event> events = new EventExtractor(EventLexicon.shipped()).extract(article, index);
 * }</pre>
 */
public final class EventExtractor {
    private final EventLexicon lexicon;
    private final KnownNames knownNames;

    public EventExtractor(EventLexicon lexicon) {
        this(lexicon, KnownNames.none());
    }

    /** Extractors that know the gazetteer's capitals, so that "Port Alder launched its offensive" is the country's. */
    public EventExtractor(EventLexicon lexicon, KnownNames knownNames) {
        this.lexicon = lexicon;
        this.knownNames = knownNames;
    }

    /** The events of the article, its entities looked up in {@code index}. */
    public List<Event> extract(AnnotatedArticle article, EntityIndex index) {
        List<Event> merged = new ArrayList<>();
        List<Event> found = new EventMentionFinder(article, index, lexicon, knownNames).find().stream()
                .map(e -> continued(e, index.principals())).toList();
        found.stream().filter(e -> isKnown(e) && !isUnsure(e)).forEach(e -> add(merged, e));
        found.stream().filter(e -> isKnown(e) && e.is(Event.Mark.UNTENSED) && !e.is(Event.Mark.ASKED)).forEach(e -> add(merged, e));
        found.stream().filter(e -> isKnown(e) && e.is(Event.Mark.ASKED)).forEach(e -> join(merged, e));
        found.stream().filter(e -> !isKnown(e)).forEach(e -> attach(merged, e));
        return jointly(withPrincipals(merged, index.principals()));
    }

    /**
     * A joint event ("their joint press conference") that is part of another of the article's
     * ({@code part_of} in {@code event-kinds.tsv}) is held by all of that event's parties: the
     * most mentioned one that happened and has every party the text names for the joint one.
     */
    private List<Event> jointly(List<Event> events) {
        return events.stream().map(part -> jointly(part, events)).toList();
    }

    private Event jointly(Event part, List<Event> events) {
        if (!part.is(Event.Mark.JOINT) || part.status() != EventStatus.HAPPENED) {
            return part;
        }
        Set<String> wholes = new java.util.HashSet<>();
        part.kind().partOf().forEach(k -> wholes.add(lexicon.kinds().get(k).family()));
        return events.stream().filter(w -> w != part && wholes.contains(w.family()) && w.status() == EventStatus.HAPPENED
                        && w.participants().containsAll(part.participants()))
                .max(java.util.Comparator.comparingInt(w -> w.mentions().size()))
                .map(w -> part.withParticipants(union(w.participants(), part.participants())))
                .orElse(part);
    }

    /**
     * A proposed event the text makes the next of a series ("the next round of talks", "a follow-up
     * meeting") is between the article's principals (the people it names most: news follows their
     * story), besides those named beside it.
     */
    private static Event continued(Event e, List<Entity> principals) {
        if (!e.is(Event.Mark.NEXT) || e.status() != EventStatus.PROPOSED || principals.isEmpty()) {
            return e;
        }
        return e.withParticipants(union(principals, e.participants()));
    }

    /**
     * The article's main event (the most mentioned), when the words around it name no more than
     * some of the article's principals (the two people it names most), is the principals' event:
     * news is written about them.
     */
    private static List<Event> withPrincipals(List<Event> events, List<Entity> principals) {
        Event main = events.stream().max(java.util.Comparator.comparingInt(e -> e.mentions().size())).orElse(null);
        if (main == null || principals.isEmpty() || !principals.containsAll(main.participants())
                || main.participants().size() >= principals.size()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        out.set(out.indexOf(main), main.withParticipants(union(principals, main.participants())));
        return out;
    }

    private static boolean isKnown(Event e) {
        return !e.participants().isEmpty() || !e.places().isEmpty() || !e.date().isEmpty();
    }

    /** A mention whose words do not tell its status: a heading, or a question. */
    private static boolean isUnsure(Event e) {
        return e.is(Event.Mark.UNTENSED) || e.is(Event.Mark.ASKED);
    }

    /**
     * Merges a mention into the compatible event it shares most with (participants, then places), else
     * adds it; a mention with no verb to tell its status (a heading) joins one of any status.
     */
    private static void add(List<Event> events, Event e) {
        int best = best(events, e);
        if (best < 0) {
            events.add(e);
        } else {
            events.set(best, merge(events.get(best), e));
        }
    }

    /** A mention named only in a question joins the event it fits, if the article reports one, and is dropped if not. */
    private static void join(List<Event> events, Event e) {
        int best = best(events, e);
        if (best >= 0) {
            events.set(best, merge(events.get(best), e));
        }
    }

    /** The index of the compatible event a mention shares most with, or -1. */
    private static int best(List<Event> events, Event e) {
        int best = -1;
        int bestShared = -1;
        for (int i = 0; i < events.size(); i++) {
            int shared = shared(events.get(i), e);
            if (compatible(events.get(i), untensed(e, events.get(i))) && shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    private static int shared(Event a, Event b) {
        return 2 * (int) a.participants().stream().filter(b.participants()::contains).count()
                + (int) a.places().stream().filter(b.places()::contains).count();
    }

    /**
     * A bare mention ("the meeting") joins the best-attested event of its family and status, if any;
     * one with no verb to tell its status, of its family and any status, if there is none of its own.
     */
    private static void attach(List<Event> events, Event bare) {
        java.util.Comparator<Event> attested = java.util.Comparator.comparingInt(e -> e.mentions().size());
        java.util.Optional<Event> host = events.stream().filter(e -> e.family().equals(bare.family()) && e.status() == bare.status())
                .max(attested);
        if (host.isEmpty() && isUnsure(bare)) {
            host = events.stream().filter(e -> e.family().equals(bare.family())).max(attested);
        }
        host.ifPresent(e -> events.set(events.indexOf(e), merge(e, bare)));
    }

    /** A mention with no verb to tell its status, taken to have the status of the event it may join. */
    private static Event untensed(Event mention, Event event) {
        return isUnsure(mention) ? mention.withStatus(event.status()) : mention;
    }

    static boolean compatible(Event a, Event b) {
        if (!a.family().equals(b.family()) || a.status() != b.status()) {
            return false;
        }
        boolean people = a.participants().isEmpty() || b.participants().isEmpty()
                || a.participants().containsAll(b.participants()) || b.participants().containsAll(a.participants());
        return people && !conflictingCities(a, b) && (a.date().isEmpty() || b.date().isEmpty() || a.date().equals(b.date()));
    }

    private static boolean conflictingCities(Event a, Event b) {
        List<Entity> ca = a.places().stream().filter(p -> p.type() == EntityType.CITY).toList();
        List<Entity> cb = b.places().stream().filter(p -> p.type() == EntityType.CITY).toList();
        return !ca.isEmpty() && !cb.isEmpty() && ca.stream().noneMatch(cb::contains);
    }

    static Event merge(Event a, Event b) {
        return new Event(a.kind().over(b.kind()), union(a.participants(), b.participants()), union(a.places(), b.places()),
                a.date().isEmpty() ? b.date() : a.date(), a.status(), union(a.proposers(), b.proposers()),
                new Event.Roles(union(a.roles().hosts(), b.roles().hosts()), union(a.roles().mediators(), b.roles().mediators())),
                union(a.mentions(), b.mentions()), marks(a, b));
    }

    /** The marks of a merged event: all but those of a mention's status, which it loses on joining an event. */
    private static Set<Event.Mark> marks(Event a, Event b) {
        Set<Event.Mark> out = java.util.EnumSet.noneOf(Event.Mark.class);
        out.addAll(a.marks());
        out.addAll(b.marks());
        out.remove(Event.Mark.UNTENSED);
        out.remove(Event.Mark.ASKED);
        return out;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return new ArrayList<>(out);
    }
}
