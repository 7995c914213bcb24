package org.summitkg.cli;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.summitkg.rdf.SharedEvents;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code summit-kg remove ID…}: drops the graphs of named articles. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Drops the named graphs of the articles with these ids (a file name without .txt, or the id in "
                + "articles.tsv) from the store, in one transaction. Entities and events stay as the remaining articles "
                + "describe them: every article's statements about them live in its own graph.",
            "An id the store has no graph of is reported; the others are removed."})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids.")
    List<String> ids;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.open(common.db)) {
            Set<String> removed = store.removeArticleGraphs(ids);
            if (!removed.isEmpty()) {
                SharedEvents.refresh(store); // the events those articles alone reported go, the others keep their labels
            }
            Set<String> unknown = new TreeSet<>(ids);
            unknown.removeAll(removed);
            spec.commandLine().getOut().printf("%d article graphs removed, %d remain%n", removed.size(), store.articleCount());
            unknown.forEach(id -> spec.commandLine().getErr().println("summit-kg: " + id + ": no article graph of that id in "
                    + common.db));
            return unknown.isEmpty() ? 0 : 1;
        }
    }
}
