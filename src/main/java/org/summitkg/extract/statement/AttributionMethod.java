package org.summitkg.extract.statement;

import java.util.Objects;

/**
 * How a statement was attributed: the rule that found it and, for the rules that ask one, the
 * rule that named its speaker. {@link #id()} is the value of {@code summit:attributionMethod}.
 *
 * <pre>{@code
 * AttributionMethod m = AttributionRule.REPORTED.with(SpeakerRule.SUBJECT);
 * m.id();          // "reported-subject"
 * m.confidence();  // 0.85
 * }</pre>
 *
 * @param rule    the rule that found the statement
 * @param speaker the rule that named its speaker, or null where the rule needs none
 */
public record AttributionMethod(AttributionRule rule, SpeakerRule speaker) {
    public AttributionMethod {
        Objects.requireNonNull(rule, "rule");
    }

    public String id() {
        return speaker == null ? rule.id() : rule.id() + "-" + speaker.id();
    }

    public double confidence() {
        return rule.confidence(speaker == null ? Double.NaN : speaker.confidence());
    }

    /** Whether the statement stands in a list of remarks under a heading or a lead-in line. */
    public boolean fromList() {
        return rule.fromList() || speaker != null && speaker.fromList();
    }

    @Override
    public String toString() {
        return id();
    }
}
