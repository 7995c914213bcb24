package org.summitkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.summitkg.rdf.BundledQuery;

/**
 * The competency queries in their selective form, each bound to one value the way a user asks
 * them ("what did this speaker say", "where is this entity mentioned"). The values come from one
 * article and are the rarest of it across the store, so the answer stays the same size as the
 * store grows and a latency that grows shows a scan, not a longer answer.
 *
 * <pre>{@code
 * List<SelectiveQueries.Bound> queries = SelectiveQueries.pick(largest.dataset(), "okafor-visit.txt");
 * }</pre>
 */
public final class SelectiveQueries {
    private static final String PREFIXES = """
            PREFIX summit: <https://w3id.org/summit-kg/ontology#>
            """;

    /** One bundled query with its variable bound; {@code label} reads "statements-by-speaker speaker=<iri>". */
    public record Bound(String label, String text) {
    }

    private SelectiveQueries() {
    }

    /** The selective queries bound to values of the article read from {@code sourceFile}. */
    public static List<Bound> pick(Dataset dataset, String sourceFile) {
        List<Bound> bound = new ArrayList<>();
        bound.add(new Bound("claims-about-topic topic=ceasefire", BundledQuery.text("claims-about-topic")));
        rarest(dataset, sourceFile, "?x summit:speaker ?v", "?y summit:speaker ?v").ifPresent(speaker -> {
            bound.add(bind("statements-by-speaker", "speaker", speaker));
            bound.add(bind("says-about", "speaker", speaker));
        });
        rarest(dataset, sourceFile, "?x summit:refersTo ?v", "?y summit:refersTo ?v")
                .ifPresent(entity -> bound.add(bind("mention-provenance", "entity", entity)));
        rarest(dataset, sourceFile, "?v a summit:Statement", "?v a summit:Statement")
                .ifPresent(statement -> bound.add(bind("statement-provenance", "statement", statement)));
        return bound;
    }

    private static Bound bind(String query, String variable, Node value) {
        Query parsed = QueryFactory.create(BundledQuery.text(query));
        Query withValue = QueryTransformOps.replaceVars(parsed, Map.of(Var.alloc(variable), value));
        return new Bound(query + " " + variable + "=<" + value.getURI() + ">", withValue.serialize());
    }

    /** The value of {@code ?v} in the article's graph that the fewest triples of the whole store share. */
    private static Optional<Node> rarest(Dataset dataset, String sourceFile, String inArticle, String inStore) {
        String query = PREFIXES + "SELECT ?v (COUNT(*) AS ?n) WHERE {\n"
                + "  { SELECT DISTINCT ?v WHERE { GRAPH ?a { ?article summit:sourceFile ?file . " + inArticle + " } } }\n"
                + "  GRAPH ?g { " + inStore + " }\n"
                + "} GROUP BY ?v ORDER BY ?n STR(?v) LIMIT 1";
        Query bound = QueryTransformOps.replaceVars(QueryFactory.create(query),
                Map.of(Var.alloc("file"), NodeFactory.createLiteralString(sourceFile)));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(bound).build()) {
                ResultSet rows = exec.execSelect();
                if (!rows.hasNext()) {
                    return Optional.empty();
                }
                QuerySolution row = rows.next();
                return Optional.of(row.get("v").asNode());
            }
        });
    }
}
