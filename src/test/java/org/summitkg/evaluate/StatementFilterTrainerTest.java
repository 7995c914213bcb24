package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.extract.entity.KnownNames;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.statement.LogisticModel;
import org.summitkg.extract.statement.Statement;
import org.summitkg.extract.statement.StatementFeatures;
import org.summitkg.extract.statement.TopicScheme;
import org.summitkg.nlp.AnnotatedArticle;

class StatementFilterTrainerTest {
    private static final AnnotatedArticle ARTICLE = Fixtures.load("learned-cues");

    @Test
    void aFoundStatementIsRightWhenItMatchesAGoldContentAndTheModelLearnsWhichKindIs() {
        List<Statement> found = new ArticleExtractor(Lexicons.shipped(), TopicScheme.empty(), KnownNames.none(), LogisticModel.ALL)
                .extract(ARTICLE).statements();
        String text = ARTICLE.article().text();
        String content = "whether to put the contract to a public vote";
        int begin = text.indexOf(content);
        int cue = text.indexOf("mulled");
        BratDocument gold = new BratDocument("learned-cues", text, List.of(new BratAttribution(List.of(),
                List.of(new TextSpan(cue, cue + 6)), List.of(new TextSpan(begin, begin + content.length())), "", "mulled")));
        StatementFilterTrainer trainer = new StatementFilterTrainer();
        trainer.add(ARTICLE, found, gold);
        assertEquals(found.size(), trainer.examples(), "the fixture has no direct quote: every statement is an example");
        assertEquals(1, trainer.right());
        LogisticModel model = trainer.train(1.0, 0.5);
        for (Statement s : found) {
            boolean right = s.cue().equals("mulled");
            assertEquals(right, model.accepts(StatementFeatures.of(ARTICLE, s)), s.text());
        }
    }
}
