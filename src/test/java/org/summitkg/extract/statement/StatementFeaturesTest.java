package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.entity.EntityExtractor;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;

class StatementFeaturesTest {
    private static final Lexicons LEXICONS = Lexicons.shipped();

    static List<Statement> extract(AnnotatedArticle article, LogisticModel filter) {
        var entities = new EntityExtractor(LEXICONS).extract(article);
        return new StatementExtractor(LEXICONS, StatementCasesTest.TOPICS, filter)
                .extract(article, new EntityIndex(article, entities, LEXICONS.groupNouns()));
    }

    @Test
    void describeTheRuleTheCueAndTheShapeOfTheContent() {
        AnnotatedArticle article = Fixtures.load("learned-cues");
        Statement mulled = extract(article, LogisticModel.ALL).stream().filter(s -> s.cue().equals("mulled")).findFirst().orElseThrow();
        List<String> f = StatementFeatures.of(article, mulled);
        for (String expected : List.of("m=learned-cue-subject", "rule=learned-cue", "k=ATTITUDE", "len=<=12", "fw=whether", "verb",
                "cue-before", "cue=mull", "cuep=VBD", "to-sentence-end")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
    }

    @Test
    void describeHowTheContentHangsFromItsCueAndWhatItIsMadeOf() {
        AnnotatedArticle article = Fixtures.load("learned-cues");
        Statement mulled = extract(article, LogisticModel.ALL).stream().filter(s -> s.cue().equals("mulled")).findFirst().orElseThrow();
        List<String> f = StatementFeatures.of(article, mulled);
        for (String expected : List.of("cue-verb=mull|verb", "relation=ccomp", "cue-relation=mull|ccomp", "quoted=none",
                "speaker-type=PERSON")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
        assertTrue(f.stream().anyMatch(x -> x.matches("cue-model=[0-4]")), "a cue-model bin in " + f);
        assertTrue(f.stream().noneMatch(x -> x.startsWith("last-ner=")), "a clause has no name kind: " + f);
    }

    @Test
    void theFilterDropsReportedStatementsItRejectsAndKeepsEveryDirectQuote() {
        AnnotatedArticle article = Fixtures.load("news-attribution");
        List<Statement> all = extract(article, LogisticModel.ALL);
        List<Statement> kept = extract(article, new LogisticModel(Map.of(), -10, 0.5, 0));
        long direct = all.stream().filter(s -> s.kind() == StatementKind.DIRECT).count();
        assertTrue(direct > 0 && direct < all.size(), "the case has both kinds: " + all);
        assertEquals(direct, kept.size());
        assertTrue(kept.stream().allMatch(s -> s.kind() == StatementKind.DIRECT));
    }

    @Test
    void whatARelativeClauseSaysSomeoneSpokeOfIsKeptFromALowerCut() {
        AnnotatedArticle article = Fixtures.load("relative-clause-cue");
        // every statement scores 0.3: under the model's threshold (0.4), above the relative clause's cut
        LogisticModel third = new LogisticModel(Map.of(), Math.log(0.3 / 0.7), 0.4, 0);
        List<Statement> kept = extract(article, third);
        assertEquals(List.of("the long-awaited truce"), kept.stream().map(Statement::text).toList());
        assertEquals(AttributionRule.RELATIVE_CLAUSE, kept.get(0).method().rule());
        assertTrue(StatementExtractor.RELATIVE_CLAUSE_CUT < 0.3, "the cut the test relies on");
        List<Statement> fewer = extract(article, new LogisticModel(Map.of(), Math.log(0.1 / 0.9), 0.4, 0));
        assertTrue(fewer.isEmpty(), "below the relative clause's cut too: " + fewer);
    }
}
