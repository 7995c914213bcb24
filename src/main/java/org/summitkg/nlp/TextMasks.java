package org.summitkg.nlp;

/**
 * What CoreNLP is given instead of an article's text: the text with list bullets blanked
 * ({@link BulletMask}), doubled-apostrophe quote marks made curly ({@link QuoteMarkMask}),
 * curly apostrophes inside words made straight ({@link ApostropheMask}) and a title-case
 * headline put in sentence case ({@link HeadlineCaseMask}).
 * Every mask keeps the text's length, so offsets point into the original; the annotation cache
 * is keyed by this text, so a change to a mask re-annotates exactly the texts it changes.
 */
final class TextMasks {
    private TextMasks() {
    }

    static String apply(String text) {
        return HeadlineCaseMask.apply(ApostropheMask.apply(QuoteMarkMask.apply(BulletMask.apply(text))));
    }
}
