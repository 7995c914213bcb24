package org.summitkg.extract.statement;

/**
 * A rule that decides who the speaker of a cue is, with its name in the graph (part of {@code
 * summit:attributionMethod}) and how sure it is.
 */
public enum SpeakerRule {
    /** The cue's subject is an entity: "the minister said". */
    SUBJECT("subject", 0.9),
    /** The subject follows the cue: "…, said the minister". */
    INVERTED_SUBJECT("inverted-subject", 0.9),
    /** The subject of a verb the cue depends on: "the minister went on to say". */
    INHERITED_SUBJECT("inherited-subject", 0.8),
    /** The subject describes a speaker no entity names: "a county clerk said". */
    DESCRIBED_SUBJECT("described-subject", 0.6),
    /**
     * The subject names someone the article does not identify: a pronoun with no antecedent or a
     * quantity of people ("they said", "some said", "most of them say"); the speaker is that phrase.
     */
    UNRESOLVED_SUBJECT("unresolved-subject", 0.3),
    /** The agent of a passive cue: "asked by a reporter", "was announced by the ministry". */
    AGENT("agent", 0.8),
    /** The one person named in the heading above a list of remarks. */
    HEADING("heading", 0.8);

    private final String id;
    private final double confidence;

    SpeakerRule(String id, double confidence) {
        this.id = id;
        this.confidence = confidence;
    }

    public String id() {
        return id;
    }

    public double confidence() {
        return confidence;
    }

    /** Whether the speaker comes from a list's heading rather than from the sentence itself. */
    public boolean fromList() {
        return this == HEADING;
    }

    @Override
    public String toString() {
        return id;
    }
}
