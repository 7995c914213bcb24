package org.summitkg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * Projects the knowledge graph onto a property graph that people can read in Gephi, Cytoscape,
 * yEd or Graphviz: nodes for entities, events and (optionally) statements and their topics;
 * edges for participation, speaking, mentioning, topics, and co-occurrence weighted by shared
 * sentences. Not a dump of triples.
 *
 * <pre>{@code
 * Graph<ViewNode, ViewEdge> view = new GraphProjection(store.dataset(), ViewFilter.all()).project();
 * }</pre>
 */
public final class GraphProjection {
    private static final String PREFIXES = """
            PREFIX summit: <https://w3id.org/summit-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;
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
            SELECT ?node (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?file) AS ?articles)
                   (GROUP_CONCAT(DISTINCT ?file; SEPARATOR=" | ") AS ?files) ?participant
            WHERE {
              ?node a summit:Event ; rdfs:label ?l ; summit:reportedIn ?a . ?a summit:sourceFile ?file .
              OPTIONAL { ?node summit:participant ?participant }
            } GROUP BY ?node ?participant""";
    private static final String STATEMENTS = PREFIXES + """
            SELECT ?node ?text ?kind ?file ?speaker ?mentioned ?topic ?topicLabel
            WHERE {
              ?node a summit:Statement ; summit:text ?text ; summit:statementKind ?kind ; summit:speaker ?speaker ;
                    summit:inArticle ?a . ?a summit:sourceFile ?file .
              OPTIONAL { ?node summit:mentions ?mentioned }
              OPTIONAL { ?node summit:about ?topic . ?topic skos:prefLabel ?topicLabel }
            }""";
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
    private final Map<String, ViewNode> nodes = new LinkedHashMap<>();
    private final Graph<ViewNode, ViewEdge> graph = new DirectedWeightedPseudograph<>(ViewEdge.class);

    public GraphProjection(Dataset dataset, ViewFilter filter) {
        this.dataset = dataset;
        this.filter = filter;
    }

    public Graph<ViewNode, ViewEdge> project() {
        select(ENTITIES, row -> {
            if (filter.keepsArticles(text(row, "files"))) {
                node(new ViewNode(text(row, "node"), text(row, "label"), text(row, "type"), text(row, "qid"), count(row)));
            }
        });
        select(EVENTS, this::event);
        if (filter.statements()) {
            select(STATEMENTS, this::statement);
        }
        select(COOCCURRENCE, this::cooccurrence);
        if (filter.topic() != null) {
            List<ViewNode> isolated = graph.vertexSet().stream().filter(v -> graph.degreeOf(v) == 0).toList();
            graph.removeAllVertices(isolated);
        }
        return graph;
    }

    private void event(QuerySolution row) {
        if (!filter.keepsArticles(text(row, "files")) || filter.topic() != null) {
            return;
        }
        ViewNode event = node(new ViewNode(text(row, "node"), text(row, "label"), "Event", "", count(row)));
        ViewNode participant = nodes.get(text(row, "participant"));
        if (participant != null) {
            edge(participant, event, new ViewEdge("participant", 1, text(row, "files")));
        }
    }

    private void statement(QuerySolution row) {
        String file = text(row, "file");
        String topic = text(row, "topicLabel");
        if (!filter.keepsArticles(file) || filter.topic() != null && !filter.topic().equalsIgnoreCase(topic)) {
            return;
        }
        ViewNode speaker = nodes.get(text(row, "speaker"));
        if (speaker == null) {
            return;
        }
        String text = text(row, "text");
        ViewNode statement = node(new ViewNode(text(row, "node"), text.length() > 80 ? text.substring(0, 77) + "…" : text,
                "Statement", "", 1));
        edge(speaker, statement, new ViewEdge("said", 1, file));
        ViewNode mentioned = nodes.get(text(row, "mentioned"));
        if (mentioned != null && mentioned != speaker) {
            edge(statement, mentioned, new ViewEdge("mentions", 1, file));
        }
        if (!topic.isEmpty()) {
            ViewNode t = node(new ViewNode(text(row, "topic"), topic, "Topic", "", 1));
            edge(statement, t, new ViewEdge("about", 1, file));
        }
    }

    private void cooccurrence(QuerySolution row) {
        ViewNode a = nodes.get(text(row, "e1"));
        ViewNode b = nodes.get(text(row, "e2"));
        int weight = row.getLiteral("weight").getInt();
        if (a != null && b != null && weight >= filter.minWeight() && filter.keepsArticles(text(row, "files"))) {
            edge(a, b, new ViewEdge("co-occurs", weight, text(row, "files")));
        }
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
