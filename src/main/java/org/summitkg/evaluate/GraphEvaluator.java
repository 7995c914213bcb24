package org.summitkg.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

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

    public List<ArticleScore> score(List<GoldArticle> golds) {
        Map<String, List<FoundEntity>> entities = foundEntities();
        EntityScorer scorer = new EntityScorer();
        List<ArticleScore> out = new ArrayList<>();
        for (GoldArticle gold : golds) {
            List<FoundEntity> found = entities.getOrDefault(gold.article(), List.of());
            out.add(new ArticleScore(gold.article(), entities.containsKey(gold.article()),
                    scorer.score(gold, found), scorer.missed(gold, found), scorer.spurious(gold, found)));
        }
        return out;
    }

    /** Entities per source file name, from {@code queries/entities-by-article.rq}. */
    Map<String, List<FoundEntity>> foundEntities() {
        Map<String, List<FoundEntity>> out = new HashMap<>();
        String query = bundledQuery("entities-by-article.rq");
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

    static String bundledQuery(String file) {
        try (InputStream in = GraphEvaluator.class.getResourceAsStream("/org/summitkg/queries/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled query " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
