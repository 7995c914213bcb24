package org.summitkg.extract.statement;

/**
 * A rule that finds a statement and its speaker. Rules that use a {@link SpeakerRule} take its
 * confidence less a penalty; the others carry a confidence of their own. The id is what the graph
 * records as {@code summit:attributionMethod}, with the speaker rule's id after a hyphen where
 * there is one ("reported-subject").
 */
public enum AttributionRule {
    /** A quote with a verb of saying next to it: "“…,” she said". */
    QUOTE("quote", 0.0, true, false),
    /** Reported speech: "she said (that) …". */
    REPORTED("reported", 0.05, true, false),
    /** An attitude with a listed verb: "she hopes (that) …". */
    ATTITUDE("attitude", 0.05, true, false),
    /** What a noun names that a relative clause says someone spoke of: "the truce that Okafor hinted at". */
    RELATIVE_CLAUSE("relative-clause", 0.1, true, false),
    /** An attitude whose cue no lexicon lists but whose structure is one of attribution. */
    ATTITUDE_UNLISTED_CUE("attitude-unlisted-cue", 0.2, true, false),
    /** A cue no lexicon lists that the cue model, trained on annotated news, takes for one. */
    LEARNED_CUE("learned-cue", 0.2, true, false),
    /** The first complement of a cue the cue model takes for one, where no other rule found what it reports. */
    LEARNED_COMPLEMENT("learned-complement", 0.3, true, false),
    /** One utterance that the cue splits in two, joined (confidence: the lower of the parts'). */
    QUOTE_SPLIT("quote-split", Double.NaN, false, false),
    /** A quote that fills its sentence, after a quote of the same speaker. */
    CONTINUATION("continuation", 0.7, false, false),
    /** A quoted fragment inside reported speech: the reported speaker's. */
    FRAGMENT("fragment", 0.85, false, false),
    /** A quote signed on its line after a dash: "“…” ― Name". */
    QUOTE_SIGNATURE("quote-signature", 0.85, false, false),
    /** A speaker and a colon before the quote: "Name: “…”". */
    COLON("colon", 0.85, false, false),
    /** A list item that starts with a verb of saying, under a heading that names the speaker. */
    QUOTE_LIST_ITEM("quote-list-item", 0.75, false, true),
    /** A quote after a line that ends with a cue and a colon: "… stating:". */
    QUOTE_LEAD_IN("quote-lead-in", 0.8, false, true),
    /** A quote CoreNLP's quote attribution gave a speaker that resolves to an entity. */
    CORENLP("corenlp", 0.6, false, false),
    /** A transcript line: "NAME: …". */
    QUOTE_TRANSCRIPT("quote-transcript", 0.8, false, false),
    /** A line an outlet or body is credited with, as headlines do: "Harbour Ledger: Ferry fares to double". */
    REPORTED_HEADLINE("reported-headline", 0.8, false, false),
    /** Reported speech in a list item under a heading that names the speaker. */
    REPORTED_LIST_ITEM("reported-list-item", 0.7, false, true),
    /** "according to X, …" and "…, according to X". */
    REPORTED_ACCORDING_TO("reported-according-to", 0.85, false, false),
    /** "in the latest poll, …" and "…, in the latest survey": a document of findings cited for a clause. */
    REPORTED_IN_FINDING("reported-in-finding", 0.8, false, false),
    /** "Okafor, a pilot who …, said the ferry is late" where the parse lost the cue: the name that opens the sentence. */
    REPORTED_LEADING_CUE("reported-leading-cue", 0.7, false, false),
    /** A claim the article reports without saying whose: "the pier is expected to close", "Asked whether …". No speaker. */
    UNATTRIBUTED("unattributed", 0.6, false, false);

    private final String id;
    private final double confidence;
    private final boolean withSpeakerRule;
    private final boolean fromList;

    AttributionRule(String id, double confidence, boolean withSpeakerRule, boolean fromList) {
        this.id = id;
        this.confidence = confidence;
        this.withSpeakerRule = withSpeakerRule;
        this.fromList = fromList;
    }

    /** This rule with the speaker rule it used; only for the rules that take one. */
    public AttributionMethod with(SpeakerRule speaker) {
        if (!withSpeakerRule) {
            throw new IllegalArgumentException("rule " + id + " takes no speaker rule, was given " + speaker);
        }
        return new AttributionMethod(this, speaker);
    }

    /** This rule on its own; only for the rules that take no speaker rule. */
    public AttributionMethod alone() {
        if (withSpeakerRule) {
            throw new IllegalArgumentException("rule " + id + " needs a speaker rule");
        }
        return new AttributionMethod(this, null);
    }

    String id() {
        return id;
    }

    /** The confidence of this rule, or of this rule with a speaker rule of the given confidence. */
    double confidence(double speaker) {
        return withSpeakerRule ? speaker - confidence : confidence;
    }

    boolean fromList() {
        return fromList;
    }

    @Override
    public String toString() {
        return id;
    }
}
