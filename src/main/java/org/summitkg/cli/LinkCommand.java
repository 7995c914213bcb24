package org.summitkg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.summitkg.rdf.QueryRunner;
import org.summitkg.rdf.ResultFormat;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code summit-kg link --report}: what the gazetteer lacks. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Reports on Wikidata linking: with --report, the entities that have no Wikidata item, "
                + "most mentioned first, so you know what to add to the gazetteer.")
final class LinkCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--report", required = true, description = "List unlinked entities by number of mentions.")
    boolean report;

    @Option(names = "--format", defaultValue = "table", converter = ResultFormatConverter.class,
            description = "Result format: table, tsv, csv, json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Override
    public Integer call() throws Exception {
        try (TdbStore store = TdbStore.open(common.db)) {
            new QueryRunner(store.dataset()).run(QuerySource.bundled("unlinked-entities"), "unlinked-entities",
                    Map.of(), format, System.out);
        }
        System.out.flush();
        return 0;
    }
}
