package org.summitkg.nlp;

import java.util.List;

/** A coreference chain: mentions that CoreNLP believes refer to the same thing, in text order. */
public record CorefChain(int id, List<CorefMention> mentions) {
    public CorefChain {
        mentions = List.copyOf(mentions);
    }
}
