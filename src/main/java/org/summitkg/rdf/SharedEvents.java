package org.summitkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.summitkg.extract.event.EventKind;
import org.summitkg.extract.event.EventLexicon;

/**
 * The cross-article graph of events ({@link SummitIris#EVENTS_GRAPH}): for each event resource,
 * its main place — the most specific place any article gives it (of equals, the one most articles
 * give) — and one readable label made from what every article that reports it says: its kind (the
 * highest-ranked of {@code lexicon/event-kinds.tsv}), participants, main place and date (the one
 * most articles give), e.g. "Summit of Anna Keller and Louis Moreau, Port Alder, 2024-05-03". An
 * event only one article knows, without participants, names that article.
 *
 * <pre>{@code
 * SharedEvents.refresh(store); // after the article graphs changed
 * }</pre>
 */
public final class SharedEvents {
    private static final int NAMED_PARTICIPANTS = 4;
    private static final Map<String, EventKind> KINDS = EventLexicon.shipped().kinds();
    private static final Map<String, String> KIND_LABELS = kindLabels();

    private SharedEvents() {
    }

    /** Recomputes the events graph from every article graph of the store, and replaces it. */
    public static void refresh(TdbStore store) {
        Map<String, EventFacts> byIri = new TreeMap<>();
        store.dataset().executeRead(() -> store.articleIds().forEach(id -> EventFacts
                .in(store.dataset().getNamedModel(SummitIris.graph(id)), id).forEach(f -> byIri.merge(f.iri(), f, EventFacts::plus))));
        store.replaceEventsGraph(graph(completed(byIri).values()));
    }

    /** Each event that is part of another completed by the other's facts ({@link EventFacts#within}). */
    public static Map<String, EventFacts> completed(Map<String, EventFacts> byIri) {
        Map<String, EventFacts> out = new TreeMap<>();
        byIri.forEach((iri, f) -> {
            EventFacts whole = f.whole() == null ? null : byIri.get(f.whole());
            out.put(iri, whole == null ? f : f.within(whole));
        });
        return out;
    }

    /** The events graph of these facts, each already the sum of every report of its event. */
    public static Model graph(Iterable<EventFacts> merged) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        merged.forEach(f -> {
            org.apache.jena.rdf.model.Resource event = m.createResource(f.iri()).addProperty(RDFS.label, label(f));
            mainPlace(f).ifPresent(p -> event.addProperty(Summit.mainPlace, m.createResource(p)));
            if (!f.partOf().isEmpty() && !f.dates().isEmpty()) { // a part's date, where it only has its whole's
                mostGiven(f.dates()).ifPresent(d -> event.addProperty(Summit.date, m.createTypedLiteral(d, Literals.dateType(d))));
            }
        });
        return m;
    }

    /** The most specific place the articles give; of equals, the one most articles give, then the first by IRI. */
    public static java.util.Optional<String> mainPlace(EventFacts f) {
        return f.placeRanks().keySet().stream().min(Comparator.comparingInt((String p) -> f.placeRanks().get(p))
                .thenComparing(p -> -f.placeCounts().getOrDefault(p, 0)).thenComparing(Comparator.naturalOrder()));
    }

    /** "Summit of Anna Keller and Louis Moreau, Port Alder, 2024-05-03", "Phone call of Anna Keller (proposed)". */
    public static String label(EventFacts f) {
        StringBuilder label = new StringBuilder(kind(f));
        List<String> who = new ArrayList<>(f.participants().values());
        who.sort(Comparator.naturalOrder());
        if (!who.isEmpty()) {
            label.append(" of ").append(names(who));
        }
        mainPlace(f).ifPresent(p -> label.append(", ").append(f.places().get(p)));
        mostGiven(f.dates()).ifPresent(d -> label.append(", ").append(d));
        if (!f.status().isEmpty() && !f.status().equals("happened")) {
            label.append(" (").append(f.status()).append(')');
        }
        if (who.isEmpty()) {
            label.append(", as ").append(String.join(" and ", f.articles())).append(" reports it");
        }
        return label.toString();
    }

    private static String kind(EventFacts f) {
        return f.types().stream().max(Comparator.comparingInt((String t) -> KINDS.containsKey(t) ? KINDS.get(t).rank() : -1)
                .thenComparing(Comparator.reverseOrder())).map(t -> KIND_LABELS.getOrDefault(t, t)).orElse("Event");
    }

    private static String names(List<String> who) {
        if (who.size() > NAMED_PARTICIPANTS) {
            return String.join(", ", who.subList(0, NAMED_PARTICIPANTS)) + " and " + (who.size() - NAMED_PARTICIPANTS) + " others";
        }
        if (who.size() == 1) {
            return who.get(0);
        }
        return String.join(", ", who.subList(0, who.size() - 1)) + " and " + who.get(who.size() - 1);
    }

    /** The value most articles give; of equals, the one that sorts first. */
    private static java.util.Optional<String> mostGiven(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /** The English rdfs:label of each event class of the ontology, by local name ("PhoneCall" → "Phone call"). */
    private static Map<String, String> kindLabels() {
        Map<String, String> out = new TreeMap<>();
        Model ontology = Ontology.model();
        ontology.listSubjectsWithProperty(RDFS.subClassOf, Summit.Event).forEachRemaining(c -> {
            for (Statement s : c.listProperties(RDFS.label).toList()) {
                if (s.getLanguage().toLowerCase(Locale.ROOT).equals("en")) {
                    out.put(c.getLocalName(), s.getString());
                }
            }
        });
        return out;
    }
}
