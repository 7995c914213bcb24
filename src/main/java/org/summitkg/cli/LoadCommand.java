package org.summitkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.summitkg.rdf.BulkLoader;
import org.summitkg.rdf.ShapeValidator;
import org.summitkg.rdf.SharedEvents;
import org.summitkg.rdf.SummitIris;
import org.summitkg.rdf.TdbStore;
import org.summitkg.spark.BuildOutput;
import org.summitkg.spark.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summit-kg load}: the output of spark-build into the TDB2 store, with TDB2's bulk loader. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the output of spark-build into the TDB2 store with TDB2's bulk loader: the graphs of the "
                + "articles it built replace theirs in the store (other graphs stay), the ontology graph is replaced, "
                + "and every loaded article graph is validated against ontology/shapes.ttl.",
            "The files are parsed before anything is removed: a broken file leaves the store as it was."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--nquads", paramLabel = "DIR", required = true, description = "Output folder of spark-build.")
    Path nquads;

    @Override
    public Integer call() {
        BuildOutput output = new BuildOutput(nquads);
        List<Manifest.Row> rows = output.manifest();
        List<String> articles = rows.stream().filter(Manifest.Row::built).map(r -> SummitIris.graph(r.id())).toList();
        List<String> graphs = new ArrayList<>(articles);
        graphs.add(SummitIris.ONTOLOGY_GRAPH);
        List<Path> files = output.nquadsFiles();
        try (TdbStore store = TdbStore.open(common.db)) {
            BulkLoader.Result result = new BulkLoader(store).load(files, graphs);
            SharedEvents.refresh(store); // from every article graph the store now holds, loaded or kept
            List<String> violations = validate(store, rows);
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "%d article graphs loaded (%d replaced), %,d quads in %.1f s (%,.0f quads/s) into %s; %s",
                    articles.size(), result.replaced().stream().filter(articles::contains).count(), result.quads(), result.seconds(),
                    result.quadsPerSecond(), common.db,
                    violations.isEmpty() ? "SHACL validation passed" : violations.size() + " SHACL violations"));
            violations.stream().limit(20).forEach(v -> spec.commandLine().getErr().println("SHACL: " + v));
            long skipped = rows.stream().filter(Manifest.Row::skipped).count();
            if (skipped > 0) {
                spec.commandLine().getErr().println(skipped + " articles were skipped by spark-build (reasons in " + output.manifestFolder() + ")");
            }
            return violations.isEmpty() ? 0 : 1;
        }
    }

    private static List<String> validate(TdbStore store, List<Manifest.Row> rows) {
        ShapeValidator validator = new ShapeValidator();
        Dataset dataset = store.dataset();
        List<String> violations = new ArrayList<>();
        dataset.executeRead(() -> rows.stream().filter(Manifest.Row::built).forEach(r ->
                validator.violations(dataset.getNamedModel(SummitIris.graph(r.id()))).forEach(v -> violations.add(r.file() + ": " + v))));
        return violations;
    }
}
