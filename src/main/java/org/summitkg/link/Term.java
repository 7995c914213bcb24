package org.summitkg.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of office: the position's QID and its start and end as the source dates them (a year,
 * year-month or day; null where not known, an open end for a holder still in office).
 */
public record Term(String position, String start, String end) {
    public Term {
        Objects.requireNonNull(position, "position");
    }

    /** Whether the term covers the day, at the precision its dates have; an undated start never does. */
    public boolean covers(LocalDate day) {
        return start != null && !day.isBefore(first(start)) && (end == null || !day.isAfter(last(end)));
    }

    private static LocalDate first(String date) {
        return date.length() == 4 ? LocalDate.of(Integer.parseInt(date), 1, 1)
                : date.length() == 7 ? LocalDate.parse(date + "-01") : LocalDate.parse(date.substring(0, 10));
    }

    private static LocalDate last(String date) {
        return date.length() == 4 ? LocalDate.of(Integer.parseInt(date), 12, 31)
                : date.length() == 7 ? LocalDate.parse(date + "-01").plusMonths(1).minusDays(1) : LocalDate.parse(date.substring(0, 10));
    }
}
