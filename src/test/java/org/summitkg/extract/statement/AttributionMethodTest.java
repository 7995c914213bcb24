package org.summitkg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

class AttributionMethodTest {
    @Test
    void aRuleWithASpeakerRuleJoinsTheirIdsAndTakesTheSpeakerRulesConfidenceLessItsPenalty() {
        AttributionMethod m = AttributionRule.REPORTED.with(SpeakerRule.SUBJECT);
        assertEquals("reported-subject", m.id());
        assertEquals(0.85, m.confidence(), 1e-9);
        assertEquals(0.9, AttributionRule.QUOTE.with(SpeakerRule.INVERTED_SUBJECT).confidence(), 1e-9);
        assertEquals(0.4, AttributionRule.ATTITUDE_UNLISTED_CUE.with(SpeakerRule.DESCRIBED_SUBJECT).confidence(), 1e-9);
    }

    @Test
    void aRuleOnItsOwnCarriesItsOwnIdAndConfidence() {
        AttributionMethod m = AttributionRule.QUOTE_SIGNATURE.alone();
        assertEquals("quote-signature", m.id());
        assertEquals(0.85, m.confidence(), 1e-9);
    }

    @Test
    void rulesAreUsedOnlyTheWayTheyAreMeant() {
        assertThrows(IllegalArgumentException.class, () -> AttributionRule.COLON.with(SpeakerRule.SUBJECT));
        assertThrows(IllegalArgumentException.class, AttributionRule.REPORTED::alone);
    }

    @Test
    void remarksUnderAHeadingOrALeadInAreFromAList() {
        assertTrue(AttributionRule.REPORTED.with(SpeakerRule.HEADING).fromList());
        assertTrue(AttributionRule.QUOTE_LEAD_IN.alone().fromList());
        assertFalse(AttributionRule.QUOTE.with(SpeakerRule.SUBJECT).fromList());
    }
}
