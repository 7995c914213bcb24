package org.summitkg.rdf;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 dataset that holds the graph: one named graph per article plus the ontology, the
 * default graph being their union. Each article's graph is replaced in its own write
 * transaction, so a build killed half-way leaves every graph either old or new, never half.
 *
 * <pre>{@code
 * try (TdbStore store = TdbStore.open(Path.of("data/tdb2"))) {
 *     store.replaceArticleGraph("000_abc", model);
 * }
 * }</pre>
 */
public final class TdbStore implements AutoCloseable {
    private final Path folder;
    private final Dataset dataset;

    private TdbStore(Path folder, Dataset dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /** Opens (or creates) the store in {@code folder}; only one process may hold it at a time. */
    public static TdbStore open(Path folder) {
        try {
            Dataset ds = TDB2Factory.connectDataset(folder.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new TdbStore(folder, ds);
        } catch (RuntimeException e) {
            throw new StoreException(folder, "TDB2 store cannot be opened (is another summit-kg process using it?): "
                    + e.getMessage(), e);
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path folder() {
        return folder;
    }

    /** Replaces the named graph of one article with {@code model}, atomically. */
    public void replaceArticleGraph(String articleId, Model model) {
        replaceGraph(SummitIris.graph(articleId), model);
    }

    /** Writes the ontology and topic scheme shipped with summit-kg into their own named graph. */
    public void loadOntology() {
        replaceGraph(SummitIris.ONTOLOGY_GRAPH, Ontology.model().add(Ontology.topics()));
    }

    /** Whether the ontology graph has been written. */
    public boolean hasOntology() {
        return dataset.calculateRead(() -> dataset.containsNamedModel(SummitIris.ONTOLOGY_GRAPH));
    }

    /** Writes the cross-article graph of events ({@link SharedEvents}), replacing the one before. */
    public void replaceEventsGraph(Model model) {
        replaceGraph(SummitIris.EVENTS_GRAPH, model);
    }

    /** Whether the cross-article graph of events has been written. */
    public boolean hasEventsGraph() {
        return dataset.calculateRead(() -> dataset.containsNamedModel(SummitIris.EVENTS_GRAPH));
    }

    /** Number of named graphs of articles (the ontology's and the shared graphs not counted). */
    public int articleCount() {
        return articleIds().size();
    }

    /** What the stored graph of an article was made from; empty when the store has no graph of it. */
    public Optional<SourceState> sourceState(String articleId) {
        return dataset.calculateRead(() -> SourceState.in(dataset.getNamedModel(SummitIris.graph(articleId)), articleId));
    }

    /** The ids of the articles whose graphs the store holds. */
    public Set<String> articleIds() {
        return dataset.calculateRead(() -> {
            Set<String> ids = new TreeSet<>();
            dataset.listNames().forEachRemaining(name -> {
                String id = SummitIris.articleOfGraph(name);
                if (id != null) {
                    ids.add(id);
                }
            });
            return ids;
        });
    }

    /** Drops the graphs of these articles, in one transaction; returns the ids it had graphs of. */
    public Set<String> removeArticleGraphs(Collection<String> articleIds) {
        Set<String> removed = new TreeSet<>();
        Set<String> graphs = removeGraphs(articleIds.stream().map(SummitIris::graph).toList());
        articleIds.stream().filter(id -> graphs.contains(SummitIris.graph(id))).forEach(removed::add);
        return removed;
    }

    /** Drops these named graphs (IRIs), in one transaction; returns those the store had. */
    public Set<String> removeGraphs(Collection<String> graphIris) {
        Set<String> removed = new TreeSet<>();
        dataset.begin(ReadWrite.WRITE);
        try {
            for (String graph : graphIris) {
                if (dataset.containsNamedModel(graph)) {
                    dataset.removeNamedModel(graph);
                    removed.add(graph);
                }
            }
            dataset.commit();
        } catch (RuntimeException e) {
            dataset.abort();
            throw new StoreException(folder, "graphs " + graphIris + " could not be removed: " + e.getMessage(), e);
        } finally {
            dataset.end();
        }
        return removed;
    }

    /** A copy of everything in the store as one model (union of all named graphs). */
    public Model unionCopy() {
        return dataset.calculateRead(() -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getUnionModel());
            Prefixes.apply(copy);
            return copy;
        });
    }

    /** An in-memory copy of every named graph, for writing out with graph names kept. */
    public Dataset namedGraphsCopy() {
        return dataset.calculateRead(() -> {
            Dataset copy = org.apache.jena.query.DatasetFactory.create();
            dataset.listNames().forEachRemaining(name -> {
                Model m = ModelFactory.createDefaultModel();
                m.add(dataset.getNamedModel(name));
                copy.addNamedModel(name, m);
            });
            return copy;
        });
    }

    private void replaceGraph(String graph, Model model) {
        dataset.begin(ReadWrite.WRITE);
        try {
            dataset.removeNamedModel(graph);
            dataset.addNamedModel(graph, model);
            dataset.commit();
        } catch (RuntimeException e) {
            dataset.abort();
            throw new StoreException(folder, "graph " + graph + " could not be written: " + e.getMessage(), e);
        } finally {
            dataset.end();
        }
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
