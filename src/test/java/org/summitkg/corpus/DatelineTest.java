package org.summitkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void aDatelineWithAWholeDateGivesIt() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), Dateline.of("PORT ALDER, March 3, 2024 (Northern Wire) — The council met."));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 18)), Dateline.of("BERGEN, Norway, Sept. 18, 2023 - Talks resumed."));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), Dateline.of("Bergen, 3 March 2024 – Talks resumed."));
    }

    @Test
    void noYearNoDashOrNoDatelineGivesNoDate() {
        assertEquals(Optional.empty(), Dateline.of("PORT ALDER, March 3 (Northern Wire) — The council met."));
        assertEquals(Optional.empty(), Dateline.of("On March 3, 2024, the council met in Port Alder."));
        assertEquals(Optional.empty(), Dateline.of("PORT ALDER, Smarch 3, 2024 — The council met."));
        assertEquals(Optional.empty(), Dateline.of("PORT ALDER, February 30, 2024 — The council met."));
        assertEquals(Optional.empty(), Dateline.of(""));
    }
}
