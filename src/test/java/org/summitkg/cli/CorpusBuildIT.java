package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.evaluate.ArticleScore;
import org.summitkg.evaluate.GoldArticle;
import org.summitkg.evaluate.GraphEvaluator;
import org.summitkg.evaluate.Score;
import org.summitkg.rdf.QueryRunner;
import org.summitkg.rdf.ResultFormat;


/** The real pipeline over the corpus: what a user gets from {@code summit-kg build}. */
class CorpusBuildIT {
    private final BuiltCorpus built = BuiltCorpus.get();

    private List<QuerySolution> select(String bundledQuery) throws IOException {
        return query(BundledQuery.text(bundledQuery));
    }

    private List<QuerySolution> query(String text) {
        List<QuerySolution> rows = new ArrayList<>();
        built.store.dataset().executeRead(() -> {
            try (QueryExecution exec = QueryExecution.dataset(built.store.dataset()).query(text).build()) {
                exec.execSelect().forEachRemaining(rows::add);
            }
        });
        return rows;
    }

    @Test
    void buildsEveryArticleAndPassesShaclValidation() {
        assertEquals(5, built.report.built(), built.report.summary());
        assertEquals(List.of(), built.report.skipped());
        assertEquals(List.of(), built.report.violations());
        assertEquals(5, built.store.articleCount());
    }

    @Test
    void entityPrecisionAndRecallReachTheFloorOnEveryGoldArticle() throws IOException {
        List<GoldArticle> golds;
        try (Stream<Path> files = Files.list(BuiltCorpus.GOLD)) {
            golds = files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.json")).sorted()
                    .map(GoldArticle::read).toList();
        }
        assertEquals(3, golds.size());
        for (ArticleScore s : new GraphEvaluator(built.store.dataset()).score(golds)) {
            assertTrue(s.entities().precision() >= 0.85, s.article() + " precision " + s.entities().precision());
            assertTrue(s.entities().recall() >= 0.85, s.article() + " recall " + s.entities().recall());
        }
    }

    @Test
    void statementsReachTheFloorsOverTheGoldArticles() throws IOException {
        Score direct = new Score(0, 0, 0, 0);
        Score reported = new Score(0, 0, 0, 0);
        Score ceasefire = new Score(0, 0, 0, 0);
        for (ArticleScore s : new GraphEvaluator(built.store.dataset()).score(golds())) {
            direct = direct.plus(s.scores().get("direct"));
            reported = reported.plus(s.scores().get("reported"));
            ceasefire = ceasefire.plus(s.scores().get("topic:ceasefire"));
        }
        assertTrue(direct.f1() >= 0.90, "direct F1 " + direct.f1());
        assertTrue(reported.f1() >= 0.70, "reported F1 " + reported.f1());
        assertTrue(ceasefire.recall() >= 0.95 && ceasefire.precision() >= 0.90, "ceasefire " + ceasefire);
    }

    @Test
    void claimsAboutATopicDefaultToCeasefireAndTakeABoundTopic() throws IOException {
        List<QuerySolution> ceasefire = select("claims-about-topic");
        assertTrue(ceasefire.size() >= 5, "ceasefire claims: " + ceasefire.size());
        for (QuerySolution row : ceasefire) {
            String text = row.getLiteral("text").getString().toLowerCase();
            String basis = row.getLiteral("basis").getString();
            String named = basis.equals("text") ? text : basis.equals("sentence")
                    ? row.getLiteral("sentence").getString().toLowerCase() : null;
            assertTrue(basis.equals("context") || named.contains("ceasefire") || named.contains("cease-fire")
                    || named.contains("truce"), basis + ": " + text);
            String start = String.join(" ", List.of(row.getLiteral("text").getString().split(" ")).subList(0, 3));
            assertTrue(row.getLiteral("sentence").getString().contains(start), "sentence of " + text);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(built.store.dataset()).run(BundledQuery.text("claims-about-topic"), "q",
                Map.of("topic", "meeting"), ResultFormat.TSV, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().count() > ceasefire.size(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statementOffsetsPointAtTheStatementTextInTheSourceFile() throws IOException {
        List<QuerySolution> rows = select("statement-provenance");
        assertTrue(rows.size() > 50, "statements: " + rows.size());
        for (QuerySolution row : rows) {
            String file = Files.readString(BuiltCorpus.CORPUS.resolve(row.getLiteral("article").getString()));
            assertEquals(row.getLiteral("text").getString(),
                    file.substring(row.getLiteral("begin").getInt(), row.getLiteral("end").getInt()));
            assertEquals(row.getLiteral("sentence").getString(),
                    file.substring(row.getLiteral("sentenceBegin").getInt(), row.getLiteral("sentenceEnd").getInt()));
        }
    }

    @Test
    void statementsListSpeakerKindTextCueTopicsAndSentence() throws IOException {
        List<QuerySolution> rows = select("statements");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("kind").getString().equals("direct")));
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("kind").getString().equals("reported")));
        assertTrue(rows.stream().allMatch(r -> r.contains("speakerLabel") && r.contains("sentence") && r.contains("text")));
        assertTrue(rows.stream().anyMatch(r -> r.contains("topics") && r.getLiteral("topics").getString().contains("ceasefire")));
    }

    @Test
    void theMainEventIsOneResourceAcrossArticlesWithDatePlaceAndParticipants() throws IOException {
        List<QuerySolution> across = select("same-event-across-articles");
        assertTrue(!across.isEmpty(), "no event reported by several articles");
        QuerySolution top = across.get(0);
        assertEquals(5, top.getLiteral("articleCount").getInt(), top.toString());
        assertEquals("happened", top.getLiteral("status").getString());
        QuerySolution event = select("events").stream()
                .filter(r -> r.getResource("event").equals(top.getResource("event"))).findFirst().orElseThrow();
        assertTrue(event.contains("date") && event.getLiteral("date").getLexicalForm().matches("\\d{4}-\\d{2}-\\d{2}"), event.toString());
        assertTrue(event.contains("place"), event.toString());
        assertTrue(event.getLiteral("participants").getString().split(" \\| ").length >= 2, event.toString());
    }

    @Test
    void aProposedEventIsSeparateFromTheOneThatHappenedAndNamesItsProposer() throws IOException {
        List<QuerySolution> proposed = select("proposed-events");
        assertTrue(proposed.stream().anyMatch(r -> r.getLiteral("status").getString().equals("proposed")
                && r.contains("proposer") && r.contains("place")), proposed.toString());
        String happened = select("same-event-across-articles").get(0).getResource("event").getURI();
        assertTrue(proposed.stream().noneMatch(r -> r.getResource("event").getURI().equals(happened)));
    }

    @Test
    void everyEventHasOneReadableLabelAndNoTwoEventsShareOne() {
        List<QuerySolution> rows = query("PREFIX summit: <https://w3id.org/summit-kg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?event (COUNT(DISTINCT ?label) AS ?labels) (SAMPLE(?label) AS ?one) "
                + "WHERE { ?event a summit:Event . OPTIONAL { ?event rdfs:label ?label } } GROUP BY ?event");
        assertTrue(rows.size() >= 5, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("labels").getInt() == 1), "one label per event resource: " + rows);
        List<String> labels = rows.stream().map(r -> r.getLiteral("one").getString()).toList();
        assertEquals(labels.size(), new java.util.HashSet<>(labels).size(), "labels shared by two events: " + labels);
        assertTrue(labels.stream().anyMatch(l -> l.matches("[A-Z][a-z ]+ of .+ and .+, .+, \\d{4}-\\d{2}-\\d{2}")),
                "a label names kind, participants, place and date: " + labels);
    }

    @Test
    void theTimelineListsDatedEventsInDateOrderAtThePrecisionTheTextGives() throws IOException {
        List<QuerySolution> rows = select("event-timeline");
        List<String> dates = rows.stream().filter(r -> r.contains("date")).map(r -> r.getLiteral("date").getLexicalForm()).toList();
        assertTrue(dates.size() >= 2, rows.toString());
        assertEquals(dates.stream().sorted().toList(), dates);
        assertTrue(rows.subList(0, dates.size()).stream().allMatch(r -> r.contains("date")), "undated events come last");
        assertTrue(dates.stream().anyMatch(d -> d.matches("\\d{4}")), "a year alone stays a year: " + dates);
        assertTrue(rows.stream().allMatch(r -> r.contains("label") && r.contains("status")));
    }

    @Test
    void remarksAtThePressConferenceLinkToIt() throws IOException {
        List<QuerySolution> rows = select("statements-at-events");
        assertTrue(rows.size() >= 5, "statements made at events: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("eventLabel").getString().startsWith("Press conference")), rows.toString());
    }

    private static List<GoldArticle> golds() throws IOException {
        try (Stream<Path> files = Files.list(BuiltCorpus.GOLD)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.json")).sorted()
                    .map(GoldArticle::read).toList();
        }
    }

    @Test
    void aSecondBuildWithNothingChangedRedoesNothing() {
        BuildReport again = built.pipeline.build(BuiltCorpus.CORPUS, built.store);
        assertEquals(0, again.built());
        assertEquals(5, again.unchanged());
        assertEquals(0, again.annotated() + again.cached(), "not even read from the annotation cache");
        assertEquals(5, built.store.articleCount());
    }

    @Test
    void entitiesByArticleListsPeoplePlacesAndOrganizationsOfEveryArticle() throws IOException {
        Map<String, Set<String>> types = new java.util.HashMap<>();
        for (QuerySolution row : select("entities-by-article")) {
            types.computeIfAbsent(row.getLiteral("article").getString(), k -> new HashSet<>())
                    .add(row.getLiteral("type").getString());
        }
        assertEquals(5, types.size());
        types.forEach((article, t) -> assertTrue(t.contains("Person") && (t.contains("Country") || t.contains("City")),
                article + " has " + t));
    }

    @Test
    void mentionOffsetsPointAtTheMentionTextInTheSourceFile() throws IOException {
        List<QuerySolution> rows = select("mention-provenance");
        assertTrue(rows.size() > 200, "mentions: " + rows.size());
        for (QuerySolution row : rows) {
            String file = Files.readString(BuiltCorpus.CORPUS.resolve(row.getLiteral("article").getString()));
            int begin = row.getLiteral("begin").getInt();
            int end = row.getLiteral("end").getInt();
            assertEquals(row.getLiteral("text").getString(), file.substring(begin, end));
            assertTrue(row.getLiteral("sentence").getString().contains(row.getLiteral("text").getString()));
        }
    }

    @Test
    void cooccurrenceCountsPairsNamedInTheSameSentence() throws IOException {
        List<QuerySolution> rows = select("cooccurrence");
        assertTrue(rows.size() > 20, "pairs: " + rows.size());
        QuerySolution top = rows.get(0);
        assertTrue(top.getLiteral("sentences").getInt() >= 10, "top pair " + top);
        assertEquals(5, top.getLiteral("articles").getInt(), "the top pair is named together in every article");
    }
}
