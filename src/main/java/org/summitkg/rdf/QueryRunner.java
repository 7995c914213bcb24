package org.summitkg.rdf;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.summitkg.SummitKgException;

/**
 * Runs a SPARQL query against the store, with variables pre-bound, and writes the results in
 * the requested format.
 *
 * <pre>{@code
 * new QueryRunner(store.dataset()).run(text, "q.rq", Map.of("topic", "ceasefire"), ResultFormat.TSV, System.out);
 * }</pre>
 */
public final class QueryRunner {
    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Parses a query; a syntax error becomes one line naming the query and the parser's message. */
    public static Query parse(String text, String name) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String first = e.getMessage().strip().lines().findFirst().orElse("");
            throw new SummitKgException(name + ": SPARQL syntax error: " + first, e);
        }
    }

    /** Turns a --bind value into an RDF term: {@code <iri>}, a URL, a quoted literal, or else a plain string. */
    public static Node term(String value) {
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return NodeFactory.createURI(value);
        }
        if (value.startsWith("<") || value.startsWith("\"")) {
            return NodeFactoryExtra.parseNode(value);
        }
        return NodeFactory.createLiteralString(value);
    }

    public void run(String text, String name, Map<String, String> bindings, ResultFormat format, OutputStream out) {
        Query query = parse(text, name);
        dataset.executeRead(() -> {
            BindingBuilder binding = Binding.builder();
            bindings.forEach((k, v) -> binding.add(Var.alloc(k), term(v)));
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).substitution(binding.build()).build()) {
                write(query, exec, format, out);
            }
        });
    }

    /**
     * Runs a SELECT and writes its rows with one more column, {@code column}, computed from each
     * row (its variables' values as text) by {@code extra}.
     */
    public void runWithColumn(String text, String name, String column, java.util.function.Function<Map<String, String>, String> extra,
            ResultFormat format, OutputStream out) {
        Query query = parse(text, name);
        List<Var> vars = new java.util.ArrayList<>(query.getProjectVars());
        List<Binding> rows = new java.util.ArrayList<>();
        dataset.executeRead(() -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                exec.execSelect().forEachRemaining(solution -> {
                    BindingBuilder row = Binding.builder();
                    Map<String, String> values = new java.util.HashMap<>();
                    for (Var v : vars) {
                        org.apache.jena.rdf.model.RDFNode n = solution.get(v.getVarName());
                        if (n != null) {
                            row.add(v, n.asNode());
                            values.put(v.getVarName(), n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                    }
                    row.add(Var.alloc(column), NodeFactory.createLiteralString(extra.apply(values)));
                    rows.add(row.build());
                });
            }
        });
        vars.add(Var.alloc(column));
        query.addResultVar(column);
        format.write(org.apache.jena.query.ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(vars, rows.iterator())),
                query, out);
    }

    private static void write(Query query, QueryExecution exec, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            format.write(exec.execSelect(), query, out);
        } else if (query.isAskType()) {
            ResultSetFormatter.out(out, exec.execAsk());
        } else {
            Model m = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            Prefixes.apply(m);
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        }
    }
}
