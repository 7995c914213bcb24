package org.summitkg.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a news dateline at the start of an article ("PORT ALDER, March 3, 2024 (Agency) —",
 * "Bergen, Norway, 3 March 2024 -"), the article's reference date when its metadata gives none.
 * A dateline without a year ("PORT ALDER, March 3 —") gives no date: the year is not guessed.
 */
public final class Dateline {
    private static final int HEAD = 160;
    // a place of capitalised words, its date (month day, year or day month year), then a dash, maybe after an agency in brackets
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}. ]{1,30})?,\\s*"
            + "(?:(?<month>\\p{L}{3,9})\\.?\\s+(?<day>\\d{1,2}),?|(?<day2>\\d{1,2})\\s+(?<month2>\\p{L}{3,9})\\.?,?)\\s+(?<year>\\d{4})"
            + "\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—]");

    private Dateline() {
    }

    /** The dateline's date, if the article opens with a dateline that has a whole date. */
    public static Optional<LocalDate> of(String text) {
        Matcher m = DATELINE.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        String monthWord = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        Optional<Month> month = month(monthWord);
        try {
            return month.map(mo -> LocalDate.of(Integer.parseInt(m.group("year")), mo, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30"
        }
    }

    /** A month's English name or its abbreviation of three letters or more ("Aug", "Sept"). */
    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
