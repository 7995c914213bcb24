package org.summitkg.rdf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the articles' graphs say of one event resource, gathered so that facts from many
 * articles add up: its classes, participants, main places and dates (each with how many articles
 * give it) and the articles that report it. The cross-article step merges them by IRI — in a
 * build over the store, on Spark as a reduce by key — and labels the event from the sum.
 *
 * @param participants participant IRI → its label
 * @param places       place IRI → its label, for the most specific place of each article
 * @param placeCounts  place IRI → articles whose most specific place it is
 * @param placeRanks   place IRI → how specific it is (0 a facility, 1 a city, 2 a region, 3 a country or other place)
 * @param dates        date (ISO, with its precision) → articles that give it
 * @param partOf       the events it is part of ({@code summit:partOf})
 */
public record EventFacts(String iri, String status, TreeSet<String> types, TreeMap<String, String> participants,
                         TreeMap<String, String> places, TreeMap<String, Integer> placeCounts, TreeMap<String, Integer> placeRanks,
                         TreeMap<String, Integer> dates, TreeSet<String> articles, TreeSet<String> partOf) implements Serializable {
    private static final java.util.List<Resource> SPECIFICITY = java.util.List.of(Summit.Facility, Summit.City, Summit.Region);
    private static final long serialVersionUID = 1L;

    /** The facts of every event an article's graph describes. */
    public static List<EventFacts> in(Model graph, String articleId) {
        List<EventFacts> out = new ArrayList<>();
        graph.listSubjectsWithProperty(RDF.type, Summit.Event).forEachRemaining(e -> out.add(of(e, articleId)));
        return out;
    }

    private static EventFacts of(Resource e, String articleId) {
        TreeSet<String> types = new TreeSet<>();
        e.listProperties(RDF.type).forEachRemaining(s -> {
            String uri = s.getResource().getURI();
            if (uri.startsWith(Summit.NS) && !s.getResource().equals(Summit.Event)) {
                types.add(uri.substring(Summit.NS.length()));
            }
        });
        TreeMap<String, String> participants = labelled(e, Summit.participant);
        TreeMap<String, String> places = new TreeMap<>();
        TreeMap<String, Integer> placeCounts = new TreeMap<>();
        TreeMap<String, Integer> placeRanks = new TreeMap<>();
        mostSpecificPlace(e).ifPresent(p -> {
            Statement label = p.getProperty(RDFS.label);
            places.put(p.getURI(), label == null ? "" : label.getString());
            placeCounts.put(p.getURI(), 1);
            placeRanks.put(p.getURI(), rank(p));
        });
        TreeMap<String, Integer> dates = new TreeMap<>();
        e.listProperties(Summit.date).forEachRemaining(s -> dates.put(s.getLiteral().getLexicalForm(), 1));
        Statement status = e.getProperty(Summit.status);
        TreeSet<String> partOf = new TreeSet<>();
        e.listProperties(Summit.partOf).forEachRemaining(s -> partOf.add(s.getResource().getURI()));
        return new EventFacts(e.getURI(), status == null ? "" : status.getString(), types, participants, places, placeCounts,
                placeRanks, dates, new TreeSet<>(List.of(articleId)), partOf);
    }

    /** Of the places an article gives an event, the most specific (of equals, the first by IRI). */
    private static java.util.Optional<Resource> mostSpecificPlace(Resource e) {
        return e.listProperties(Summit.eventPlace).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).min(java.util.Comparator.comparingInt(EventFacts::rank).thenComparing(Resource::getURI));
    }

    private static int rank(Resource place) {
        for (int i = 0; i < SPECIFICITY.size(); i++) {
            if (place.hasProperty(RDF.type, SPECIFICITY.get(i))) {
                return i;
            }
        }
        return SPECIFICITY.size();
    }

    private static TreeMap<String, String> labelled(Resource e, org.apache.jena.rdf.model.Property p) {
        TreeMap<String, String> out = new TreeMap<>();
        e.listProperties(p).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isURIResource()) {
                Statement label = o.asResource().getProperty(RDFS.label);
                out.merge(o.asResource().getURI(), label == null ? "" : label.getString(), EventFacts::first);
            }
        });
        return out;
    }

    /** The facts of two reports of the same event, added up. */
    public EventFacts plus(EventFacts other) {
        TreeSet<String> t = new TreeSet<>(types);
        t.addAll(other.types);
        TreeMap<String, String> who = new TreeMap<>(participants);
        other.participants.forEach((k, v) -> who.merge(k, v, EventFacts::first));
        TreeMap<String, String> where = new TreeMap<>(places);
        other.places.forEach((k, v) -> where.merge(k, v, EventFacts::first));
        TreeSet<String> reports = new TreeSet<>(articles);
        reports.addAll(other.articles);
        TreeMap<String, Integer> ranks = new TreeMap<>(placeRanks);
        other.placeRanks.forEach((k, v) -> ranks.merge(k, v, Math::min));
        TreeSet<String> wholes = new TreeSet<>(partOf);
        wholes.addAll(other.partOf);
        return new EventFacts(iri, status.isEmpty() ? other.status : status, t, who, where, sum(placeCounts, other.placeCounts),
                ranks, sum(dates, other.dates), reports, wholes);
    }

    /** The event it is part of whose facts complete it: the first by IRI; null when it is part of none. */
    public String whole() {
        return partOf.isEmpty() ? null : partOf.first();
    }

    /**
     * These facts completed by those of the event they are part of: where no article dates or
     * places the part (the press conference of a summit), it took place when and where the whole did.
     */
    public EventFacts within(EventFacts whole) {
        boolean undated = dates.isEmpty();
        boolean unplaced = placeRanks.isEmpty();
        return new EventFacts(iri, status, types, participants, unplaced ? whole.places : places,
                unplaced ? whole.placeCounts : placeCounts, unplaced ? whole.placeRanks : placeRanks,
                undated ? whole.dates : dates, articles, partOf);
    }

    private static TreeMap<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        TreeMap<String, Integer> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Integer::sum));
        return out;
    }

    /** Of two labels of one resource, the one that sorts first: the same whichever article comes first. */
    private static String first(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
    }
}
