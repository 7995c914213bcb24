package org.summitkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.junit.jupiter.api.Test;


class EntityScorerTest {
    private final GoldArticle gold = new GoldArticle("a.txt", List.of(
            new GoldEntity("Vladimir Putin", "Person", List.of("Vladimir Putin", "Putin"), "Q7747"),
            new GoldEntity("Kyiv", "Place", List.of("Kyiv"), "Q1899"),
            new GoldEntity("analysts", "Person", List.of("Analysts"), null)),
            List.of(), List.of(), List.of("Air Force One"));

    @Test
    void matchesByQidOrByLabelAmongTheMentions() {
        Score s = new EntityScorer().score(gold, List.of(
                new FoundEntity("V. Putin", "Q7747"),
                new FoundEntity("analysts", ""),
                new FoundEntity("Ramstein", ""),
                new FoundEntity("Air Force One", "")));
        assertEquals(2, s.truePositives());
        assertEquals(1, s.falsePositives());
        assertEquals(2, s.goldFound());
        assertEquals(3, s.goldTotal());
        assertEquals(2.0 / 3, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
    }

    @Test
    void listsWhatWasMissedAndWhatIsSpurious() {
        List<FoundEntity> found = List.of(new FoundEntity("Putin", ""), new FoundEntity("Ramstein", ""));
        EntityScorer scorer = new EntityScorer();
        assertEquals(List.of("Kyiv", "analysts"), scorer.missed(gold, found).stream().map(GoldEntity::name).toList());
        assertEquals(List.of("Ramstein"), scorer.spurious(gold, found).stream().map(FoundEntity::label).toList());
    }

    @Test
    void emptyInputsScorePerfectlyRatherThanDividingByZero() {
        Score s = new EntityScorer().score(new GoldArticle("a", List.of(), List.of(), List.of(), List.of()), List.of());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }
}
