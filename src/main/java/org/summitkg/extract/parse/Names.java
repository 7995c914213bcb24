package org.summitkg.extract.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitkg.extract.parse.FunctionWords;

/** How names are compared: normalised keys, surnames and acronyms. */
public final class Names {

    private Names() {
    }

    /** Lower case, no accents, no dots or apostrophes, single-letter initials dropped from longer names. */
    public static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("['.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
