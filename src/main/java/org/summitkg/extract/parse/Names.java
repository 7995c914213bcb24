package org.summitkg.extract.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one home of name normalisation: {@link #plain} is how every stage compares names (the
 * extractors' entity keys, the gazetteer's lookup keys, the IRI slugs all start from it), plus
 * surnames and acronyms.
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Names() {
    }

    /**
     * Lower case, no accents, no dots or apostrophes, every other run of what is neither letter
     * nor digit one space: "Émile O’Dell-Ray Jr." → "emile odell ray jr".
     */
    public static String plain(String name) {
        String text = name.chars().allMatch(c -> c < 128) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        text = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’' || c == '.') {
                continue;
            }
            if (Character.isLetter(c) || isNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The key an entity's names are clustered by: {@link #plain}, single-letter initials dropped from longer names. */
    public static String key(String name) {
        String plain = plain(name);
        String[] words = plain.split(" ");
        if (words.length < 3) {
            return plain;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean initial = words[i].length() == 1 && i > 0 && i < words.length - 1;
            if (!initial) {
                kept.add(words[i]);
            }
        }
        return String.join(" ", kept);
    }

    public static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    public static boolean isMultiWord(String key) {
        return key.indexOf(' ') > 0;
    }

    /** Whether {@code shortName} is the acronym of {@code longName} ("FCAB", "Fort Carson Army Base"). */
    public static boolean isAcronymOf(String shortName, String longName) {
        String letters = shortName.replace(".", "");
        if (letters.length() < 2 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : longName.split("[\\s-]+")) {
            if (!word.isEmpty() && !FunctionWords.NAME_JOINERS.contains(word)) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.length() > 1 && initials.toString().equals(letters);
    }
}
