package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.corpus.Article;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.link.EntityLinker;
import org.summitkg.link.Gazetteer;
import org.summitkg.link.GazetteerItem;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Annotations;
import org.summitkg.nlp.Annotator;
import org.summitkg.nlp.CachingAnnotator;
import org.summitkg.rdf.SummitIris;
import org.summitkg.rdf.TdbStore;

/** The build's one failure policy, on recorded annotations (no CoreNLP) and a real TDB2 store. */
class BuildPipelineTest {
    @TempDir
    Path dir;

    /** Gives each article the recorded annotations of the fixture whose text it has. */
    private static Annotator recorded(Map<String, AnnotatedArticle> fixtures) {
        return new Annotator() {
            @Override
            public Annotations annotate(Article article) {
                return fixtures.values().stream().filter(f -> f.article().text().equals(article.text())).findFirst()
                        .orElseThrow().annotations();
            }

            @Override
            public String settings() {
                return "recorded";
            }
        };
    }

    @Test
    void anArticleWhoseLinkingFailsIsSkippedWithItsReasonAndTheOthersAreStored() throws IOException {
        AnnotatedArticle a = Fixtures.load("news-attribution");
        AnnotatedArticle b = Fixtures.load("pronoun-speakers");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a.article().text());
        Files.writeString(corpus.resolve("b.txt"), b.article().text());
        // a name only the second article has, whose online lookup hits a bug
        String only = new ArticleExtractor().extract(b).entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::label).filter(l -> !a.article().text().contains(l)).findFirst().orElseThrow();
        EntityLinker linker = new EntityLinker(Gazetteer.shipped(), (name, type) -> {
            if (name.equals(only)) {
                throw new NullPointerException("no answer");
            }
            return Optional.<GazetteerItem>empty();
        });
        BuildPipeline pipeline = new BuildPipeline(new CachingAnnotator(recorded(Map.of("a", a, "b", b)), dir.resolve("cache")),
                new ArticleExtractor(), linker);
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            BuildReport report = pipeline.build(corpus, store);
            assertEquals(1, report.built());
            assertEquals(1, report.skipped().size());
            assertEquals("b.txt: linking and mapping failed (NullPointerException: no answer)", report.skipped().get(0).reason());
            assertEquals(1, store.articleCount());
            assertTrue(store.dataset().calculateRead(() -> store.dataset().containsNamedModel(SummitIris.graph("a"))));
        }
    }

    @Test
    void anUnchangedArticleIsNotBuiltAgainAChangedOneIsAndPruneDropsWhatLeftTheCorpus() throws IOException {
        AnnotatedArticle a = Fixtures.load("news-attribution");
        AnnotatedArticle b = Fixtures.load("pronoun-speakers");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a.article().text());
        Files.writeString(corpus.resolve("b.txt"), b.article().text());
        CachingAnnotator annotator = new CachingAnnotator(recorded(Map.of("a", a, "b", b)), dir.resolve("cache"));
        BuildPipeline pipeline = new BuildPipeline(annotator, new ArticleExtractor(),
                new EntityLinker(Gazetteer.shipped(), (name, type) -> Optional.empty()));
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            assertEquals(2, pipeline.build(corpus, store).built());
            BuildReport again = pipeline.build(corpus, store);
            assertEquals(0, again.built());
            assertEquals(2, again.unchanged());
            assertEquals(0, again.cached() + again.annotated(), "an unchanged article is not even read from the cache");
            Files.writeString(corpus.resolve("articles.tsv"), "file\ttitle\na.txt\tA new headline\n");
            BuildReport retitled = pipeline.build(corpus, store);
            assertEquals(1, retitled.built(), "a change of metadata rebuilds that article");
            Files.delete(corpus.resolve("b.txt"));
            assertEquals(0, pipeline.build(corpus, store).removed(), "without --prune the graph stays");
            assertEquals(2, store.articleCount());
            BuildReport pruned = pipeline.build(corpus, store, true);
            assertEquals(1, pruned.removed());
            assertEquals(java.util.Set.of("a"), store.articleIds());
        }
    }
}
