package org.summitkg.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks list bullets ("- ", "* ", "• ", "1. ") at the start of a line before parsing: the
 * parser otherwise takes the bullet for the sentence's head. Each bullet becomes spaces of the
 * same length, so every character offset still points into the original text.
 */
final class BulletMask {
    /** Part of the cache key: change it when the masking changes. */
    static final String VERSION = "bullets-masked-v1 basic+enhanced-deps";
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*(?:[-*•–—]|\\d{1,2}[.)])[ \\t]+");

    private BulletMask() {
    }

    static String apply(String text) {
        Matcher m = BULLET.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.end() - m.start()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
