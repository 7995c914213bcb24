package org.summitkg.evaluate;

import java.util.List;

/**
 * A statement summit-kg found, as attribution scoring sees it: its content span, whether it is a
 * quoted fragment (inside reported speech, or a quote continuing an earlier one), every name its
 * speakers go by in the article, and the rule that found it (shown when listing what was found wrongly).
 */
public record FoundAttribution(TextSpan content, boolean fragment, List<String> speakerNames, String rule) {
    public FoundAttribution {
        speakerNames = List.copyOf(speakerNames);
    }
}
