package org.summitkg.nlp;

/**
 * A named-entity mention found by CoreNLP: tokens [{@code firstToken}, {@code endToken}), its
 * fine-grained type (PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION, DATE, …),
 * its text and character span, and the normalised value for dates ("2025-08-15"), else empty.
 */
public record NerMention(int firstToken, int endToken, String type, String text, int begin, int end,
                         String normalized) {
    public NerMention {
        normalized = normalized == null ? "" : normalized;
    }
}
