package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.statement.CueFeatures;
import org.summitkg.extract.statement.LogisticModel;
import org.summitkg.nlp.AnnotatedArticle;

class CueTrainerTest {
    private static final AnnotatedArticle ARTICLE = Fixtures.load("learned-cues");

    private static BratAttribution attribution(String cue, String content) {
        String text = ARTICLE.article().text();
        int c = text.indexOf(cue);
        int s = text.indexOf(content);
        return new BratAttribution(List.of(), List.of(new TextSpan(c, c + cue.length())), List.of(new TextSpan(s, s + content.length())),
                "", cue);
    }

    private static BratDocument gold(BratAttribution... attributions) {
        return new BratDocument("learned-cues", ARTICLE.article().text(), List.of(attributions));
    }

    @Test
    void aCueWhoseContentItCouldReportIsAPositiveAndTheModelLearnsIt() {
        CueTrainer trainer = new CueTrainer(Lexicons.shipped());
        trainer.add(ARTICLE, gold(attribution("mulled", "whether to put the contract to a public vote"),
                attribution("told", "the crew to wait at the pier")));
        assertEquals(2, trainer.positives());
        assertTrue(trainer.examples() > 2, "every verb, noun and adjective with a complement is an example");
        LogisticModel model = trainer.train(1.0, 0.5, 0.1);
        double mulled = model.probability(features("mulled"));
        double drew = model.probability(features("drew"));
        assertTrue(mulled > 0.5 && drew < 0.5, "mulled " + mulled + ", drew " + drew);
    }

    @Test
    void aCueWithContentOutOfItsReachTeachesNothing() {
        CueTrainer trainer = new CueTrainer(Lexicons.shipped());
        trainer.add(ARTICLE, gold(attribution("mulled", "the harbour's finances")));
        assertEquals(0, trainer.positives());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> trainer.train(1.0, 0.5, 0.1));
        assertTrue(e.getMessage().startsWith("training needs positive and negative examples; had 0 positive among "), e.getMessage());
    }

    private static List<String> features(String word) {
        return CueFeatures.candidates(ARTICLE, Lexicons.shipped()).stream()
                .filter(c -> ARTICLE.token(c.token()).word().equals(word)).findFirst().orElseThrow().features();
    }
}
