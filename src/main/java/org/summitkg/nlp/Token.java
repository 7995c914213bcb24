package org.summitkg.nlp;

import java.util.Set;

/**
 * One token. {@code index} counts tokens in the whole article from 0; {@code begin}/{@code end}
 * are character offsets into the article text; {@code ner} is CoreNLP's fine-grained tag or "O";
 * {@code normalizedNer} the normalised value of dates and numbers, else empty.
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner,
                    String normalizedNer, int begin, int end) {
    public Token {
        if (end < begin) {
            throw new IllegalArgumentException("token end " + end + " before begin " + begin);
        }
        normalizedNer = normalizedNer == null ? "" : normalizedNer;
    }

    /** CoreNLP's tags of times (its SUTime classes): "Friday", "night", "three weeks", "every year". */
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

    /** Whether the token is a relative or question word by its tag: "who", "which", "what" (WP, WDT). */
    public boolean isRelativeWord() {
        return pos.equals("WP") || pos.equals("WDT");
    }

    /** Whether the token is a finite verb or a modal by its tag: "said", "says", "say", "will" (VBD, VBZ, VBP, MD). */
    public boolean isFinite() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** Whether NER tagged this token as part of a date, a time, a duration or a recurring time. */
    public boolean isTemporal() {
        return TEMPORAL.contains(ner);
    }
}
