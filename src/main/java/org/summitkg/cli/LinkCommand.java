package org.summitkg.cli;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.link.EntityLinker;
import org.summitkg.link.Gazetteer;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.rdf.QueryRunner;
import org.summitkg.rdf.ResultFormat;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summit-kg link --report}: what the gazetteer lacks. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Reports on Wikidata linking: with --report, the entities that have no Wikidata item, "
                + "most mentioned first, with the gazetteer items of their names and why each was rejected "
                + "(a kind that does not fit, or a tie), so you know what to add to the gazetteer.")
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--report", required = true, description = "List unlinked entities by number of mentions.")
    boolean report;

    @Option(names = "--format", defaultValue = "table", converter = ResultFormatConverter.class,
            description = "Result format: table, tsv, csv, json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    private static String explain(EntityLinker linker, Map<String, String> row) {
        List<String> names = new java.util.ArrayList<>(List.of(row.getOrDefault("label", "")));
        names.addAll(List.of(row.getOrDefault("names", "").split(" \\| ")));
        EntityType type = switch (row.getOrDefault("type", "")) {
            case "Person" -> EntityType.PERSON;
            case "Organization" -> EntityType.ORGANIZATION;
            case "Country" -> EntityType.COUNTRY;
            case "City" -> EntityType.CITY;
            case "Region" -> EntityType.REGION;
            case "Facility" -> EntityType.FACILITY;
            default -> EntityType.PLACE;
        };
        return linker.explain(type, names.stream().filter(n -> !n.isBlank()).distinct().toList());
    }

    @Override
    public Integer call() throws Exception {
        try (TdbStore store = TdbStore.open(common.db); OutputStream out = Stdout.of(spec)) {
            EntityLinker linker = new EntityLinker(Gazetteer.shipped());
            new QueryRunner(store.dataset()).runWithColumn(BundledQuery.text("unlinked-entities"), "unlinked-entities",
                    "candidates", row -> explain(linker, row), format, out);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
