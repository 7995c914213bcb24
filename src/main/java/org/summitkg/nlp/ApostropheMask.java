package org.summitkg.nlp;

import java.util.regex.Pattern;

/**
 * Makes a curly apostrophe inside a word straight before parsing ("she’s" becomes "she's",
 * "don’t" "don't"): CoreNLP tags the "’s" of "she’s" as a possessive, not as "is", and the
 * parse of the whole sentence goes wrong ("Okafor said she’s ready" loses its clause). A
 * closing single quote ("the ‘harbour plan’ failed") has no letter after it and stays. One
 * character for one, so every offset still points into the original text.
 */
final class ApostropheMask {
    private static final Pattern INSIDE_WORD = Pattern.compile("(?<=\\p{L})’(?=\\p{L})");

    private ApostropheMask() {
    }

    static String apply(String text) {
        return text.indexOf('’') < 0 ? text : INSIDE_WORD.matcher(text).replaceAll("'");
    }
}
