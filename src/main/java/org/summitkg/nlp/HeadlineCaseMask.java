package org.summitkg.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a headline in title case ("Okafor Slams Harbour Plan As Waste Of Money") into sentence
 * case before parsing: the tagger otherwise reads the whole line as one long name and its verb
 * as part of it. Only the article's first line, and only where most of its words (at least
 * {@value #MIN_WORDS}) are capitalised; a word keeps its capital where the body writes it so
 * inside a sentence (a name: "Okafor", "Harbour Board") or in capitals throughout ("NATO"),
 * and the line's first word keeps its own. Each letter changes case in place, so every character
 * offset still points into the original text.
 */
final class HeadlineCaseMask {
    /** The fewest words a title-case headline has: a shorter first line may be a byline ("Ada Okafor"). */
    static final int MIN_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** A capitalised word inside a sentence of the body: after a letter, digit or comma and a space. */
    private static final Pattern MID_SENTENCE_CAPITAL = Pattern.compile("(?<=[\\p{L}\\p{N},;] )\\p{Lu}[\\p{L}'’-]*");

    private HeadlineCaseMask() {
    }

    static String apply(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return text;
        }
        String headline = text.substring(0, end);
        if (!isTitleCase(headline)) {
            return text;
        }
        Set<String> names = namesIn(text.substring(end));
        StringBuilder out = new StringBuilder(text);
        Matcher m = WORD.matcher(headline);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            boolean keep = first || !Character.isUpperCase(w.charAt(0)) || isAllCaps(w) || names.contains(w);
            if (!keep) {
                out.setCharAt(m.start(), Character.toLowerCase(w.charAt(0)));
            }
            first = false;
        }
        return out.toString();
    }

    /** Whether most of the line's words of two letters or more are capitalised, and it has enough of them. */
    static boolean isTitleCase(String line) {
        int words = 0;
        int capitalised = 0;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            if (m.group().length() >= 2) {
                words++;
                capitalised += Character.isUpperCase(m.group().charAt(0)) ? 1 : 0;
            }
        }
        return words >= MIN_WORDS && capitalised * 4 >= words * 3;
    }

    private static boolean isAllCaps(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** The capitalised words the body uses inside its sentences: names. */
    private static Set<String> namesIn(String body) {
        Set<String> out = new HashSet<>();
        Matcher m = MID_SENTENCE_CAPITAL.matcher(body);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
