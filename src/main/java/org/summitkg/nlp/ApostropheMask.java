package org.summitkg.nlp;

import java.util.regex.Pattern;

/**
 * Makes a curly apostrophe straight before parsing where it is an apostrophe and not a closing
 * quote: inside a word ("she’s" becomes "she's", "don’t" "don't"), and after the "s" of a plural
 * or name that owns the next word ("the pilots’ union", "Moreas’ aides"
 * becomes "Moreas' aides") when no single quote is open there. CoreNLP tags the "’s" of "she’s" as
 * a possessive, not as "is", and takes the "’" of "pilots’" for a closing quote, so the parse of
 * the whole sentence goes wrong ("Okafor said she’s ready" loses its clause; "the pilots’ union
 * said" loses whose union). A closing single quote ("the ‘harbour plan’ failed") ends a quote
 * opened on its line and stays. One character for one, so every offset still points into the
 * original text.
 */
final class ApostropheMask {
    private static final Pattern INSIDE_WORD = Pattern.compile("(?<=\\p{L})’(?=\\p{L})");

    private ApostropheMask() {
    }

    static String apply(String text) {
        return text.indexOf('’') < 0 ? text : pluralPossessives(INSIDE_WORD.matcher(text).replaceAll("'"));
    }

    /** "the pilots’ union": a "’" after an "s" and before a word, with no single quote open on its line. */
    private static String pluralPossessives(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
            } else if (c == '‘') {
                open = true;
            } else if (c == '’' && open) {
                open = false;
            } else if (c == '’' && isPossessive(text, i)) {
                out.setCharAt(i, '\'');
            }
        }
        return out.toString();
    }

    private static boolean isPossessive(String text, int i) {
        return i > 0 && text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLetterOrDigit(text.charAt(i + 2));
    }
}
