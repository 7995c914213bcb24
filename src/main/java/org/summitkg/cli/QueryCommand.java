package org.summitkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.rdf.QueryRunner;
import org.summitkg.rdf.ResultFormat;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code summit-kg query}: runs a SPARQL query file against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store (the default graph is the union of all articles).",
            "QUERY is a file, '-' for standard input, or the name of a bundled query in queries/ "
                + "(e.g. entities-by-article)."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Query file, '-', or bundled query name.")
    String query;

    @Option(names = "--bind", paramLabel = "NAME=VALUE",
            description = "Pre-bind a variable: an IRI (<...> or http...), a quoted RDF literal, or plain text.")
    Map<String, String> bindings = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            converter = ResultFormatConverter.class, completionCandidates = ResultFormatConverter.Names.class)
    ResultFormat format;

    @Override
    public Integer call() {
        String text = QuerySource.read(query);
        QueryRunner.parse(text, query);
        try (TdbStore store = TdbStore.open(common.db); OutputStream out = Stdout.of(spec)) {
            new QueryRunner(store.dataset()).run(text, query, bindings, format, out);
        } catch (IOException e) {
            throw new SummitKgException("standard output: results cannot be written (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
