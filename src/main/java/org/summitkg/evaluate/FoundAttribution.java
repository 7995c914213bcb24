package org.summitkg.evaluate;

import java.util.List;
import java.util.stream.Stream;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;
import org.summitkg.extract.statement.AttributionRule;
import org.summitkg.extract.statement.Statement;

/**
 * A statement summit-kg found, as attribution scoring sees it: its content span, whether it is a
 * quoted fragment (inside reported speech, or a quote continuing an earlier one), every name its
 * speakers go by in the article, and the rule that found it (shown when listing what was found wrongly).
 */
public record FoundAttribution(TextSpan content, boolean fragment, List<String> speakerNames, String rule) {
    public FoundAttribution {
        speakerNames = List.copyOf(speakerNames);
    }

    /** A statement as scoring sees it. */
    public static FoundAttribution of(Statement s) {
        List<String> names = s.speakers().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.label()), e.mentions().stream()
                        .filter(m -> m.kind() == MentionKind.NAMED).map(Mention::text)))
                .distinct().toList();
        String rule = s.method().id() + (s.cue().isEmpty() ? "" : ", cue \"" + s.cue() + "\"");
        // a quoted fragment of what someone said: inside reported speech, or a quote that continues an earlier one
        boolean fragment = s.fragment() || s.method().rule() == AttributionRule.CONTINUATION;
        return new FoundAttribution(new TextSpan(s.begin(), s.end()), fragment, names, rule);
    }
}
