package org.summitkg.nlp;

/**
 * A quotation found by CoreNLP: the text including its quote marks, its character span and
 * tokens, and the speaker mention CoreNLP attributed it to (tokens and text; -1 and empty when
 * none).
 */
public record Quote(String text, int begin, int end, int firstToken, int endToken,
                    String speaker, int speakerBegin, int speakerEnd) {
    public Quote {
        speaker = speaker == null ? "" : speaker;
    }

    public boolean hasSpeaker() {
        return !speaker.isEmpty();
    }
}
