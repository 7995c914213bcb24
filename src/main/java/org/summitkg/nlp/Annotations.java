package org.summitkg.nlp;

import java.util.List;

/**
 * Everything the NLP stage found in one text, as plain records: tokens, sentences with
 * dependency graphs, named-entity mentions, coreference chains and quotations. This is what the
 * cache stores.
 */
public record Annotations(List<Token> tokens, List<Sentence> sentences, List<NerMention> nerMentions,
                          List<CorefChain> corefChains, List<Quote> quotes) {
    public Annotations {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        nerMentions = List.copyOf(nerMentions);
        corefChains = List.copyOf(corefChains);
        quotes = List.copyOf(quotes);
    }
}
