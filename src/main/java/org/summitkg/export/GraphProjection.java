package org.summitkg.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.summitkg.rdf.Summit;

/**
 * Projects the knowledge graph onto a property graph that people can read in Gephi, Cytoscape,
 * yEd, Graphviz and the viewer: which nodes and edges depends on the {@link View} (claims:
 * speakers, statements (a reporting statement linked to the one it reports), topics; network: entities and co-occurrence weighted by shared sentences;
 * events: events with participants and places, in date order; all of it). Not a dump of triples.
 * Every node and edge carries the publication dates of the articles it comes from.
 *
 * <pre>{@code
 * Graph<ViewNode, ViewEdge> view = new GraphProjection(store.dataset(), ViewFilter.of(View.CLAIMS)).project();
 * }</pre>
 */
public final class GraphProjection {
    private static final String PREFIXES = """
            PREFIX summit: <https://w3id.org/summit-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            """;
    private static final String ARTICLES = PREFIXES + """
            SELECT ?file ?date WHERE { GRAPH ?g { ?a a summit:Article ; summit:sourceFile ?file .
              OPTIONAL { ?a schema:datePublished ?date } } }""";
    private static final String ENTITIES = PREFIXES + """
            SELECT ?node (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?q) AS ?qid)
                   (COUNT(DISTINCT ?file) AS ?articles) (GROUP_CONCAT(DISTINCT ?file; SEPARATOR=" | ") AS ?files)
            WHERE {
              GRAPH ?g { ?a summit:mentions ?node ; summit:sourceFile ?file . ?a a summit:Article }
              ?node rdfs:label ?l ; a ?c .
              VALUES (?c ?t) { (summit:Person "Person") (summit:Group "Group") (summit:Organization "Organization")
                (summit:Place "Place") (summit:Country "Country") (summit:City "City") (summit:Region "Region")
                (summit:Facility "Facility") }
              OPTIONAL { ?node summit:wikidataId ?q }
            } GROUP BY ?node""";
    private static final String EVENTS = PREFIXES + """
            SELECT ?node (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?date) (SAMPLE(?st) AS ?status) (COUNT(DISTINCT ?file) AS ?articles)
                   (GROUP_CONCAT(DISTINCT ?file; SEPARATOR=" | ") AS ?files)
            WHERE {
              ?node a summit:Event ; rdfs:label ?l ; summit:reportedIn ?a . ?a summit:sourceFile ?file .
              OPTIONAL { ?node summit:date ?d } OPTIONAL { ?node summit:status ?st }
            } GROUP BY ?node""";
    private static final String EVENT_LINKS = PREFIXES + """
            SELECT DISTINCT ?node ?relation ?other WHERE {
              ?node a summit:Event .
              { ?node summit:participant ?other . BIND ("participant" AS ?relation) }
              UNION { ?node summit:eventPlace ?other . BIND ("place" AS ?relation) }
            }""";
    private static final String STATEMENTS = PREFIXES + """
            SELECT ?node ?text ?kind ?file ?speaker ?mentioned ?topic ?topicLabel
            WHERE {
              ?node a summit:Statement ; summit:text ?text ; summit:statementKind ?statementKind ; summit:speaker ?speaker ;
                    summit:inArticle ?a . ?a summit:sourceFile ?file .
              OPTIONAL { ?node summit:negated ?negated }
              BIND (IF(BOUND(?negated), CONCAT(?statementKind, "%s"), ?statementKind) AS ?kind)
              OPTIONAL { ?node summit:mentions ?mentioned }
              OPTIONAL { ?node summit:about ?topic . ?topic skos:prefLabel ?topicLabel }
            }""".formatted(Summit.NEGATED_KIND);
    private static final String NESTED = PREFIXES + """
            SELECT ?inner ?outer ?file WHERE { ?inner summit:nestedIn ?outer ; summit:inArticle ?a . ?a summit:sourceFile ?file }""";
    private static final String SPEAKERS = PREFIXES + """
            SELECT DISTINCT ?node WHERE { ?s a summit:Statement ; summit:speaker ?node }""";
    private static final String COOCCURRENCE = PREFIXES + """
            SELECT ?e1 ?e2 (COUNT(DISTINCT ?s) AS ?weight) (GROUP_CONCAT(DISTINCT ?file; SEPARATOR=" | ") AS ?files)
            WHERE {
              GRAPH ?g {
                ?m1 summit:inSentence ?s ; summit:refersTo ?e1 ; summit:mentionKind "named" .
                ?m2 summit:inSentence ?s ; summit:refersTo ?e2 ; summit:mentionKind "named" .
                FILTER (STR(?e1) < STR(?e2))
                ?a a summit:Article ; summit:sourceFile ?file .
              }
            } GROUP BY ?e1 ?e2""";

    private final Dataset dataset;
    private final ViewFilter filter;
    private final Map<String, String> dateOfFile = new HashMap<>();
    private final Map<String, ViewNode> nodes = new LinkedHashMap<>();
    private final Map<String, ViewNode> entities = new HashMap<>();
    private final Graph<ViewNode, ViewEdge> graph = new DirectedWeightedPseudograph<>(ViewEdge.class);

    public GraphProjection(Dataset dataset, ViewFilter filter) {
        this.dataset = dataset;
        this.filter = filter;
    }

    public Graph<ViewNode, ViewEdge> project() {
        select(ARTICLES, row -> {
            if (!text(row, "date").isEmpty()) {
                dateOfFile.put(text(row, "file"), text(row, "date"));
            }
        });
        select(ENTITIES, this::entity);
        View view = filter.view();
        if (view.has(View.Part.ENTITIES)) {
            entities.values().forEach(this::node);
        } else if (view == View.CLAIMS) {
            select(SPEAKERS, row -> {
                ViewNode speaker = entities.get(text(row, "node"));
                if (speaker != null) {
                    node(speaker);
                }
            });
        }
        if (view.has(View.Part.EVENTS) && filter.topic() == null) {
            events();
        }
        if (view.has(View.Part.STATEMENTS) && filter.statements()) {
            select(STATEMENTS, this::statement);
            select(NESTED, this::nested);
        }
        if (view.has(View.Part.COOCCURRENCE)) {
            select(COOCCURRENCE, this::cooccurrence);
        }
        if (filter.topic() != null || view == View.CLAIMS || view == View.EVENTS) {
            List<ViewNode> isolated = graph.vertexSet().stream().filter(v -> graph.degreeOf(v) == 0).toList();
            graph.removeAllVertices(isolated);
        }
        return graph;
    }

    /** The graph with at most {@code max} nodes: the best-connected ones (and the edges between them). */
    public static Graph<ViewNode, ViewEdge> limit(Graph<ViewNode, ViewEdge> graph, int max) {
        if (graph.vertexSet().size() > max) {
            List<ViewNode> smallest = graph.vertexSet().stream().sorted(Comparator.comparingInt(graph::degreeOf))
                    .limit(graph.vertexSet().size() - (long) max).toList();
            graph.removeAllVertices(smallest);
        }
        return graph;
    }

    private void entity(QuerySolution row) {
        String files = text(row, "files");
        if (filter.keepsArticles(files)) {
            entities.put(text(row, "node"), ViewNode.of(text(row, "node"), text(row, "label"), text(row, "type"),
                    text(row, "qid"), count(row), dates(files)));
        }
    }

    /** Events sorted by date (undated last), then their participants and places. */
    private void events() {
        List<ViewNode> events = new ArrayList<>();
        Map<String, String> filesOf = new HashMap<>();
        select(EVENTS, row -> {
            String files = text(row, "files");
            if (filter.keepsArticles(files)) {
                events.add(new ViewNode(text(row, "node"), text(row, "label"), "Event", "", count(row), "",
                        text(row, "status"), text(row, "date"), dates(files)));
                filesOf.put(text(row, "node"), files);
            }
        });
        events.sort(Comparator.comparing((ViewNode e) -> e.date().isEmpty()).thenComparing(ViewNode::date));
        events.forEach(this::node);
        select(EVENT_LINKS, row -> {
            ViewNode event = nodes.get(text(row, "node"));
            ViewNode other = entities.get(text(row, "other"));
            if (event != null && other != null && filesOf.containsKey(event.id())) {
                boolean place = text(row, "relation").equals("place");
                other = node(other);
                edge(place ? event : other, place ? other : event,
                        new ViewEdge(text(row, "relation"), 1, filesOf.get(event.id()), event.dates()));
            }
        });
    }

    private void statement(QuerySolution row) {
        String file = text(row, "file");
        String topic = text(row, "topicLabel");
        if (!filter.keepsArticles(file) || filter.topic() != null && !filter.topic().equalsIgnoreCase(topic)) {
            return;
        }
        ViewNode speaker = entities.get(text(row, "speaker"));
        if (speaker == null) {
            return;
        }
        speaker = node(speaker);
        String text = text(row, "text");
        List<String> dates = dates(file);
        ViewNode statement = node(new ViewNode(text(row, "node"), ViewNode.shorten(text), "Statement", "", 1, text,
                text(row, "kind"), "", dates));
        edge(speaker, statement, new ViewEdge("said", 1, file, dates)); // a negated statement says so by its kind
        ViewNode mentioned = filter.view() == View.ALL ? nodes.get(text(row, "mentioned")) : null;
        if (mentioned != null && mentioned != speaker) {
            edge(statement, mentioned, new ViewEdge("mentions", 1, file, dates));
        }
        if (!topic.isEmpty()) {
            ViewNode t = node(ViewNode.of(text(row, "topic"), topic, "Topic", "", 1, List.of()));
            edge(statement, t, new ViewEdge("about", 1, file, dates));
        }
    }

    /** "the Ledger reported that Okafor told aides …": the reporting statement reports the one nested in it. */
    private void nested(QuerySolution row) {
        ViewNode inner = nodes.get(text(row, "inner"));
        ViewNode outer = nodes.get(text(row, "outer"));
        if (inner != null && outer != null) {
            String file = text(row, "file");
            edge(outer, inner, new ViewEdge("reports", 1, file, dates(file)));
        }
    }

    private void cooccurrence(QuerySolution row) {
        ViewNode a = nodes.get(text(row, "e1"));
        ViewNode b = nodes.get(text(row, "e2"));
        int weight = row.getLiteral("weight").getInt();
        String files = text(row, "files");
        if (a != null && b != null && weight >= filter.minWeight() && filter.keepsArticles(files)) {
            edge(a, b, new ViewEdge("co-occurs", weight, files, dates(files)));
        }
    }

    /** The sorted, distinct publication dates of the articles (file names joined by " | "). */
    private List<String> dates(String files) {
        return Arrays.stream(files.split(" \\| ")).map(dateOfFile::get).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private ViewNode node(ViewNode n) {
        ViewNode existing = nodes.putIfAbsent(n.id(), n);
        if (existing == null) {
            graph.addVertex(n);
            return n;
        }
        return existing;
    }

    private void edge(ViewNode from, ViewNode to, ViewEdge e) {
        if (!graph.containsEdge(from, to) || graph.getAllEdges(from, to).stream().noneMatch(x -> x.relation().equals(e.relation()))) {
            graph.addEdge(from, to, e);
            graph.setEdgeWeight(e, e.weight());
        }
    }

    /** Runs a query and hands each row on inside the read transaction: TDB2 rows resolve their values lazily. */
    private void select(String query, Consumer<QuerySolution> each) {
        dataset.executeRead(() -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(each);
            }
        });
    }

    private static int count(QuerySolution row) {
        return row.getLiteral("articles").getInt();
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
