package org.summitkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;


/** Statements link to the events they were made at, and only where the text says so. */
class StatementEventLinkerTest {
    private final ArticleGraph graph = new ArticleExtractor().extract(Fixtures.load("made-at"));
    private final Map<String, String> madeAt = graph.madeAt().stream()
            .collect(Collectors.toMap(m -> m.statement().text(), m -> m.event().type()));

    @Test
    void aStatementSaidAtAnEventLinksToIt() {
        assertEquals("Summit", madeAt.get("the border would stay open"));
    }

    @Test
    void remarksListedUnderAPressConferenceLinkToIt() {
        assertEquals("PressConference", madeAt.get("the need to protect civilians in the region"));
        assertEquals("PressConference", madeAt.get("a turning point."));
    }

    @Test
    void aStatementThatOnlyFollowsLaterIsNotLinked() {
        assertEquals(null, madeAt.get("the talks had been useful"));
        assertEquals(3, madeAt.size());
    }
}
