package org.summitkg.nlp;

/**
 * One mention in a coreference chain: tokens [{@code firstToken}, {@code endToken}) and its head
 * token (article-wide indexes), CoreNLP's mention type (PROPER, NOMINAL, PRONOMINAL, LIST),
 * text and character span.
 */
public record CorefMention(int firstToken, int endToken, int headToken, String type, String text,
                           int begin, int end) {
}
