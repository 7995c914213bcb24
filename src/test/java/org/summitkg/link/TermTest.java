package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;


/** A term of office covers a day at the precision of its dates. */
class TermTest {
    @Test
    void yearsMonthsAndDaysAreTakenAtTheirPrecision() {
        Term t = new Term("Q1", "2019", "2021-03");
        assertTrue(t.covers(LocalDate.of(2019, 1, 1)));
        assertTrue(t.covers(LocalDate.of(2021, 3, 31)));
        assertFalse(t.covers(LocalDate.of(2021, 4, 1)));
        assertFalse(t.covers(LocalDate.of(2018, 12, 31)));
        Term day = new Term("Q1", "2020-02-29", "2020-03-01");
        assertTrue(day.covers(LocalDate.of(2020, 3, 1)));
        assertFalse(day.covers(LocalDate.of(2020, 2, 28)));
    }

    @Test
    void anOpenEndIsStillInOfficeAndAnUndatedStartNeverCovers() {
        assertTrue(new Term("Q1", "2024-05-01", null).covers(LocalDate.of(2031, 1, 1)));
        assertFalse(new Term("Q1", null, "2030").covers(LocalDate.of(2029, 1, 1)));
    }
}
