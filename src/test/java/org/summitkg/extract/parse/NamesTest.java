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
        assertEquals("vladimir putin", Names.key("Vladimir V. Putin"));
        assertEquals("francois hollande", Names.key("François Hollande"));
        assertEquals("kremlins", Names.key("Kremlin’s"));
    }

    @Test
    void recognisesAnAcronymOfAMultiWordName() {
        assertTrue(Names.isAcronymOf("JBER", "Joint Base Elmendorf-Richardson"));
        assertTrue(Names.isAcronymOf("UN", "United Nations"));
        assertFalse(Names.isAcronymOf("UK", "United States"));
        assertFalse(Names.isAcronymOf("Un", "United Nations"));
    }
}
