package org.summitkg.nlp;

import java.util.regex.Pattern;

/**
 * Rewrites doubled apostrophes used as quote marks (''Like this,'' some papers write) into curly
 * quotes before parsing, which CoreNLP's quote annotator pairs; otherwise it takes them for
 * apostrophes and finds no quotation. The replacement has the same length (an opening {@code ''}
 * becomes "“ ", a closing one " ”"), so every character offset still points into the original
 * text.
 */
final class QuoteMarkMask {
    private static final Pattern OPENING = Pattern.compile("(?<=^|[\\s(\\[—])''(?=[\\p{L}\\p{N}$(\\[“‘'.-])",
            Pattern.MULTILINE);
    private static final Pattern CLOSING = Pattern.compile("(?<=[^\\s''])''(?=[\\s)\\].,;:!?—-]|$)", Pattern.MULTILINE);

    private QuoteMarkMask() {
    }

    static String apply(String text) {
        if (!text.contains("''")) {
            return text;
        }
        String opened = OPENING.matcher(text).replaceAll("“ ");
        return CLOSING.matcher(opened).replaceAll(" ”");
    }
}
