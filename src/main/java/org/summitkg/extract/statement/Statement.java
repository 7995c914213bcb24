package org.summitkg.extract.statement;

import java.util.List;
import java.util.Objects;
import org.summitkg.extract.entity.Entity;

/**
 * Something an entity said, as an article reports it.
 *
 * @param kind       direct quote or reported speech
 * @param speakers   who said it (several for joint statements); none for an unattributed claim ("the pier is expected to close")
 * @param text       the quoted words (without quote marks) or the reported content
 * @param begin      character offset of {@code text} in the article
 * @param end        character offset just after {@code text}
 * @param sentence   index of the sentence it stands in
 * @param cue        the verb or noun of saying, or the heading that introduces a list of remarks
 * @param cueBegin   character offset of the cue, or -1 when it is not a word of the text
 * @param topics     the topics it is about, each with why
 * @param mentioned  entities named inside the text
 * @param method     which rule attributed it (its id, e.g. "reported-subject", is summit:attributionMethod)
 * @param confidence how sure that rule is, 0–1
 * @param fragment   a quoted fragment: inside a reported statement, or run into the writer's sentence
 *                   ("called the plan “reckless and late”"), not an utterance of its own
 * @param negated    its cue is negated ("Okafor did not say the pier would close", "denied nothing"):
 *                   what the speaker is reported not to have said or thought, summit:negated
 */
public record Statement(StatementKind kind, List<Entity> speakers, String text, int begin, int end, int sentence,
                        String cue, int cueBegin, List<TopicTag> topics, List<Entity> mentioned, AttributionMethod method, double confidence,
                        boolean fragment, boolean negated) {
    public Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
        mentioned = List.copyOf(mentioned);
        if (speakers.isEmpty() != (method.rule() == AttributionRule.UNATTRIBUTED)) {
            throw new IllegalArgumentException("statement \"" + text + "\" must have a speaker unless it is unattributed, and then none");
        }
        if (end <= begin) {
            throw new IllegalArgumentException("statement \"" + text + "\" must span text: " + begin + "-" + end);
        }
    }

    /** A statement as a rule first finds it: no topics or mentioned entities yet, the rule's confidence, not a fragment. */
    public Statement(StatementKind kind, List<Entity> speakers, String text, int begin, int end, int sentence, String cue,
                     int cueBegin, AttributionMethod method) {
        this(kind, speakers, text, begin, end, sentence, cue, cueBegin, List.of(), List.of(), method, method.confidence(), false, false);
    }

    Statement withTopics(List<TopicTag> tags) {
        return new Statement(kind, speakers, text, begin, end, sentence, cue, cueBegin, tags, mentioned, method, confidence, fragment, negated);
    }

    Statement withNegated(boolean isNegated) {
        return new Statement(kind, speakers, text, begin, end, sentence, cue, cueBegin, topics, mentioned, method, confidence, fragment, isNegated);
    }

    /** Whether the article names no one for it ("the pier is expected to close"): it has no speaker. */
    public boolean unattributed() {
        return speakers.isEmpty();
    }

    /** Whether {@code inner}'s text lies within this statement's ("“Allies came back ‘rattled’,” …" holds "rattled"). */
    public boolean holds(Statement inner) {
        return begin <= inner.begin && inner.end <= end;
    }

    /** This statement as a quoted fragment of another's report. */
    Statement asFragment() {
        return new Statement(kind, speakers, text, begin, end, sentence, cue, cueBegin, topics, mentioned, method, confidence, true, negated);
    }

    Statement withMentioned(List<Entity> entities) {
        return new Statement(kind, speakers, text, begin, end, sentence, cue, cueBegin, topics, entities, method, confidence, fragment, negated);
    }
}
