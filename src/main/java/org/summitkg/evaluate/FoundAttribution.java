package org.summitkg.evaluate;

import java.util.List;

/**
 * A statement summit-kg found, as attribution scoring sees it: its content span, whether it is a
 * quoted fragment inside reported speech, and every name its speakers go by in the article.
 */
public record FoundAttribution(TextSpan content, boolean fragment, List<String> speakerNames) {
    public FoundAttribution {
        speakerNames = List.copyOf(speakerNames);
    }
}
