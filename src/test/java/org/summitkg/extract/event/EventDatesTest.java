package org.summitkg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.summitkg.nlp.NerMention;

class EventDatesTest {
    private static String value(String normalized) {
        return EventDates.value(new NerMention(0, 1, "DATE", "x", 0, 1, normalized));
    }

    @Test
    void aDateKeepsThePrecisionTheTextGives() {
        assertEquals("2024-05-03", value("2024-05-03"));
        assertEquals("2024-05-03", value("2024-05-03T10:00"), "the time SUTime adds is dropped");
        assertEquals("2024-05", value("2024-05"));
        assertEquals("2024", value("2024"));
    }

    @Test
    void aDateSuTimeCouldNotAnchorGivesNone() {
        assertEquals("", value("XXXX-WXX-5"), "a weekday in an article without a date");
        assertEquals("", value("XXXX-05-03"));
        assertEquals("", value("2024-W18"), "a week");
        assertEquals("", value("PRESENT_REF"));
        assertEquals("", value("OFFSET P-1W"));
        assertEquals("", value(""));
    }
}
