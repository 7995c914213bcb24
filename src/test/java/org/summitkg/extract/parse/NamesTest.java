package org.summitkg.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;


class NamesTest {
    @Test
    void keysIgnoreCaseDotsAccentsAndMiddleInitials() {
        assertEquals("us", Names.key("U.S."));
        assertEquals(Names.key("US"), Names.key("U.S."));
        assertEquals("lena okafor", Names.key("Lena V. Okafor"));
        assertEquals("elodie marchand", Names.key("Élodie Marchand"));
        assertEquals("citadels", Names.key("Citadel’s"));
    }

    @Test
    void recognisesAnAcronymOfAMultiWordName() {
        assertTrue(Names.isAcronymOf("FCAB", "Fort Carson Army Base"));
        assertTrue(Names.isAcronymOf("UN", "United Nations"));
        assertFalse(Names.isAcronymOf("UK", "United States"));
        assertFalse(Names.isAcronymOf("Un", "United Nations"));
    }
}
