package org.summitkg.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.summitkg.rdf.EventFacts;
import org.summitkg.rdf.NQuads;
import org.summitkg.rdf.SharedEvents;
import org.summitkg.rdf.SummitIris;
import scala.Tuple2;

/**
 * The cross-article step: every graph's entities and events (resources whose IRIs are minted the
 * same in every article, by Wikidata item or normalised name) reduced by IRI, so the index says
 * how many articles describe each resource and under which labels — without bringing the graphs
 * to the driver. A resource with more than one label is where articles disagree on a name. The
 * events are reduced likewise into the cross-article events graph.
 */
final class SharedResources implements Serializable {
    private static final long serialVersionUID = 1L;
    private final JavaPairRDD<String, Entry> byIri;

    private SharedResources(JavaPairRDD<String, Entry> byIri) {
        this.byIri = byIri;
    }

    /** What the articles say of one resource: in how many articles, under which labels. */
    record Entry(long articles, TreeSet<String> labels) implements Serializable {
        Entry plus(Entry other) {
            TreeSet<String> all = new TreeSet<>(labels);
            all.addAll(other.labels);
            return new Entry(articles + other.articles, all);
        }
    }

    static SharedResources of(JavaRDD<ArticleOutcome> built, int partitions) {
        return new SharedResources(built.flatMapToPair(o -> {
            List<Tuple2<String, Entry>> out = new ArrayList<>();
            for (String line : o.resources()) {
                int tab = line.indexOf('\t');
                out.add(new Tuple2<>(line.substring(0, tab), new Entry(1, new TreeSet<>(List.of(line.substring(tab + 1))))));
            }
            return out.iterator();
        }).reduceByKey(Entry::plus, partitions));
    }

    /**
     * The cross-article events graph of the built articles, as N-Quads lines: every graph's facts
     * of each event reduced by the event's IRI, then labelled ({@link SharedEvents}).
     */
    static JavaRDD<String> events(JavaRDD<ArticleOutcome> built, int partitions) {
        JavaPairRDD<String, EventFacts> merged = built.flatMapToPair(o -> {
            List<Tuple2<String, EventFacts>> out = new ArrayList<>();
            o.eventFacts().forEach(f -> out.add(new Tuple2<>(f.iri(), f)));
            return out.iterator();
        }).reduceByKey(EventFacts::plus, partitions);
        // a part (the press conference of a summit) is completed by its whole's facts: a join on the whole's IRI
        JavaPairRDD<String, EventFacts> wholes = merged.filter(e -> e._2().whole() != null)
                .mapToPair(e -> new Tuple2<>(e._2().whole(), e._2())).join(merged, partitions)
                .mapToPair(e -> new Tuple2<>(e._2()._1().iri(), e._2()._1().within(e._2()._2())));
        return merged.leftOuterJoin(wholes, partitions)
                .map(e -> e._2()._2().isPresent() ? e._2()._2().get() : e._2()._1())
                .mapPartitions(SharedResources::nquads);
    }

    /** The events graph of one partition's events, as N-Quads text (nothing for a partition without events). */
    private static java.util.Iterator<String> nquads(java.util.Iterator<EventFacts> facts) {
        List<EventFacts> all = new ArrayList<>();
        facts.forEachRemaining(all::add);
        if (all.isEmpty()) {
            return java.util.Collections.emptyIterator();
        }
        return List.of(NQuads.of(SummitIris.EVENTS_GRAPH, SharedEvents.graph(all))).iterator();
    }

    /** Writes the index as JSON lines ({@code iri, articles, labels}) and returns how many resources it has. */
    long saveAsTextFile(String folder) {
        JavaRDD<String> lines = byIri.map(e -> new ObjectMapper().writeValueAsString(Map.of("iri", e._1(),
                "articles", e._2().articles(), "labels", List.copyOf(e._2().labels()))));
        lines.saveAsTextFile(folder);
        return byIri.count();
    }
}
