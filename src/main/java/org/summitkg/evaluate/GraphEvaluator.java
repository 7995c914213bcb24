package org.summitkg.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.summitkg.rdf.BundledQuery;

/**
 * Reads what the built graph holds for each article (through the bundled queries, so the
 * evaluation sees exactly what users query) and scores it against gold files.
 *
 * <pre>{@code
 * List<ArticleScore> scores = new GraphEvaluator(store.dataset()).score(golds);
 * }</pre>
 */
public final class GraphEvaluator {
    private final Dataset dataset;

    public GraphEvaluator(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Topics scored one by one, besides the statement kinds. */
    public static final List<String> TOPICS = List.of("ceasefire", "peace", "war", "meeting", "relations");

    public List<ArticleScore> score(List<GoldArticle> golds) {
        Map<String, List<FoundEntity>> entities = foundEntities();
        Map<String, List<FoundStatement>> statements = foundStatements();
        Map<String, List<FoundEvent>> events = foundEvents();
        List<ArticleScore> out = new ArrayList<>();
        for (GoldArticle gold : golds) {
            out.add(score(gold, entities.getOrDefault(gold.article(), List.of()),
                    statements.getOrDefault(gold.article(), List.of()), events.getOrDefault(gold.article(), List.of()),
                    entities.containsKey(gold.article())));
        }
        return out;
    }

    static ArticleScore score(GoldArticle gold, List<FoundEntity> entities, List<FoundStatement> statements,
                              List<FoundEvent> events, boolean inGraph) {
        EntityScorer es = new EntityScorer();
        StatementScorer ss = new StatementScorer(gold);
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("entities", es.score(gold, entities));
        scores.put("linking", es.linking(gold, entities));
        scores.put("direct", ss.direct(statements));
        scores.put("reported", ss.reported(statements, false));
        scores.put("reported+bl", ss.reported(statements, true));
        TOPICS.forEach(t -> scores.put("topic:" + t, ss.topic(statements, t)));
        scores.put("events", new EventScorer(gold).found(events));
        scores.put("events-full", new EventScorer(gold).fullyRight(events));
        List<String> missed = new ArrayList<>();
        es.missed(gold, entities).forEach(g -> missed.add("entity   " + g.name()));
        for (String kind : List.of("direct", "reported")) {
            ss.missed(statements, kind).forEach(g -> missed.add(kind + " " + g.speakers() + (g.borderline() ? " (bl)" : "")
                    + ": " + g.text()));
        }
        List<String> spurious = new ArrayList<>();
        es.spurious(gold, entities).forEach(f -> spurious.add("entity   " + f.label()));
        for (String kind : List.of("direct", "reported")) {
            ss.spurious(statements, kind).forEach(f -> spurious.add(kind + " "
                    + f.speakers().stream().map(FoundEntity::label).toList() + ": " + f.text()));
        }
        return new ArticleScore(gold.article(), inGraph, scores, missed, spurious);
    }

    /** Events per source file name, from {@code queries/events-by-article.rq}. */
    Map<String, List<FoundEvent>> foundEvents() {
        Map<String, Map<String, List<QuerySolution>>> rows = new LinkedHashMap<>();
        String query = BundledQuery.text("events-by-article.rq");
        dataset.executeRead(() -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> rows.computeIfAbsent(text(row, "article"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(text(row, "event"), k -> new ArrayList<>()).add(row));
            }
        });
        Map<String, List<FoundEvent>> out = new HashMap<>();
        rows.forEach((article, byEvent) -> byEvent.values().forEach(r -> out.computeIfAbsent(article, k -> new ArrayList<>())
                .add(new FoundEvent(collect(r, "type"), text(r.get(0), "status"), text(r.get(0), "date"),
                        collect(r, "participantLabel"), collect(r, "placeLabel")))));
        return out;
    }

    private static java.util.Set<String> collect(List<QuerySolution> rows, String var) {
        java.util.Set<String> out = new java.util.HashSet<>();
        rows.forEach(r -> {
            String v = text(r, var);
            if (!v.isEmpty()) {
                out.add(v);
            }
        });
        return out;
    }

    /** Statements per source file name, from {@code queries/statements.rq} (one per statement, speakers gathered). */
    Map<String, List<FoundStatement>> foundStatements() {
        Map<String, Map<List<String>, List<FoundEntity>>> speakers = new LinkedHashMap<>();
        Map<List<String>, List<String>> topics = new HashMap<>();
        String query = BundledQuery.text("statements.rq");
        dataset.executeRead(() -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> {
                    List<String> key = List.of(text(row, "kind"), text(row, "text"), text(row, "sentence"));
                    speakers.computeIfAbsent(text(row, "article"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new FoundEntity(text(row, "speakerLabel"), text(row, "wikidata")));
                    String t = text(row, "topics");
                    topics.put(key, t.isBlank() ? List.of() : List.of(t.split(" ")));
                });
            }
        });
        Map<String, List<FoundStatement>> out = new HashMap<>();
        speakers.forEach((article, byKey) -> byKey.forEach((key, who) -> out.computeIfAbsent(article, k -> new ArrayList<>())
                .add(new FoundStatement(who, key.get(0), key.get(1), topics.get(key)))));
        return out;
    }

    /** Entities per source file name, from {@code queries/entities-by-article.rq}. */
    Map<String, List<FoundEntity>> foundEntities() {
        Map<String, List<FoundEntity>> out = new HashMap<>();
        String query = BundledQuery.text("entities-by-article.rq");
        dataset.executeRead(() -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> out.computeIfAbsent(text(row, "article"), k -> new ArrayList<>())
                        .add(new FoundEntity(text(row, "label"), text(row, "wikidata"))));
            }
        });
        return out;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

}
