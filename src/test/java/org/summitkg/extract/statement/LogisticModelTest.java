package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;

class LogisticModelTest {
    private static LogisticModel read(String text) {
        return LogisticModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void scoresTheSumOfItsWeightsThroughTheLogisticFunction() {
        LogisticModel m = new LogisticModel(Map.of("l=mull", 2.0, "c=ccomp", 1.0), -1.0, 0.5, 0.1);
        assertEquals(1 / (1 + Math.exp(-2.0)), m.probability(List.of("l=mull", "c=ccomp", "unknown")), 1e-9);
        assertTrue(m.accepts(List.of("l=mull")));
        assertTrue(m.accepts(List.of("c=ccomp")), "bias -1 + 1 = 0: probability 0.5 reaches the threshold");
        assertFalse(m.accepts(List.of()), "bias alone: 0.27");
        assertFalse(m.vetoes(List.of()), "0.27 is above the veto");
        assertTrue(new LogisticModel(Map.of(), -5.0, 0.5, 0.1).vetoes(List.of()), "0.007 is below it");
    }

    @Test
    void writesWhatItReads() throws IOException {
        LogisticModel m = new LogisticModel(Map.of("l=mull", 2.5, "lc=mull|ccomp", -0.75), -3.0, 0.4, 0.1);
        StringWriter out = new StringWriter();
        m.write(out, List.of("trained on invented articles"));
        assertTrue(out.toString().startsWith("# trained on invented articles\n"));
        LogisticModel back = read(out.toString());
        List<String> features = List.of("l=mull", "lc=mull|ccomp");
        assertEquals(m.probability(features), back.probability(features), 1e-9);
        assertEquals(m.vetoes(List.of()), back.vetoes(List.of()));
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("# model\nbias\t-1\nl=mull 2.0\n"));
        assertEquals("test.tsv:3: expected name TAB weight, was: l=mull 2.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogisticModel(Map.of(), 0, 0.3, 0.3), "veto must stay below threshold");
    }

    @Test
    void theShippedModelTakesAnUnlistedVerbOfThinkingForACueAndAPlainVerbNot() {
        AnnotatedArticle article = Fixtures.load("learned-cues");
        Lexicons lexicons = Lexicons.shipped();
        Map<String, Double> p = new java.util.HashMap<>();
        for (CueFeatures.Candidate c : CueFeatures.candidates(article, lexicons)) {
            p.put(article.token(c.token()).word(), LogisticModel.shipped(LogisticModel.CUES).probability(c.features()));
        }
        assertTrue(LogisticModel.shipped(LogisticModel.CUES).accepts(features(article, lexicons, "mulled")), "mulled: " + p);
        assertFalse(LogisticModel.shipped(LogisticModel.CUES).accepts(features(article, lexicons, "drew")), "drew: " + p);
        assertFalse(LogisticModel.shipped(LogisticModel.CUES).vetoes(features(article, lexicons, "told")), "told: " + p);
    }

    private static List<String> features(AnnotatedArticle article, Lexicons lexicons, String word) {
        return CueFeatures.candidates(article, lexicons).stream().filter(c -> article.token(c.token()).word().equals(word))
                .findFirst().orElseThrow(() -> new AssertionError(word + " is no candidate")).features();
    }
}
