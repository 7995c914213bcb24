package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;


class BulletMaskTest {
    @Test
    void blanksBulletsAtLineStartKeepingOffsets() {
        String text = "Remarks:\n- Skeptics point out that it failed.\n* Second.\n1. Third";
        String masked = BulletMask.apply(text);
        assertEquals(text.length(), masked.length());
        assertEquals("Remarks:\n  Skeptics point out that it failed.\n  Second.\n   Third", masked);
    }

    @Test
    void leavesHyphensInsideSentencesAlone() {
        String text = "A well-known US-Russia deal - maybe.";
        assertEquals(text, BulletMask.apply(text));
    }
}
