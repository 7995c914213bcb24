package org.summitkg.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;
import org.summitkg.extract.statement.AttributionRule;
import org.summitkg.extract.statement.Continuations;
import org.summitkg.extract.statement.Statement;

/**
 * A statement summit-kg found, as attribution scoring sees it: its content spans (one, or a quote
 * and the quotes that continue it), whether it is a quoted fragment (inside reported speech, or a
 * quote continuing an earlier one), every name its speakers go by in the article, and the rule that
 * found it (shown when listing what was found wrongly).
 */
public record FoundAttribution(List<TextSpan> content, boolean fragment, List<String> speakerNames, String rule) {
    public FoundAttribution {
        content = List.copyOf(content);
        speakerNames = List.copyOf(speakerNames);
    }

    public FoundAttribution(TextSpan content, boolean fragment, List<String> speakerNames, String rule) {
        this(List.of(content), fragment, speakerNames, rule);
    }

    /**
     * The statements of one article as scoring sees them: each as it stands, and a quote with the
     * quotes that continue it (“A,” she said. “B.”) as one attribution too, as annotators mark it.
     */
    public static List<FoundAttribution> of(List<Statement> statements) {
        Map<Statement, Statement> continuations = Continuations.of(statements);
        List<FoundAttribution> out = new ArrayList<>();
        for (Statement s : statements) {
            if (continuations.containsKey(s)) {
                continue; // part of the quote it continues
            }
            List<Statement> chain = Continuations.after(s, continuations);
            FoundAttribution one = of(s);
            if (chain.isEmpty()) {
                out.add(one);
            } else {
                List<TextSpan> spans = new ArrayList<>(one.content());
                chain.forEach(c -> spans.add(new TextSpan(c.begin(), c.end())));
                out.add(new FoundAttribution(spans, one.fragment(), one.speakerNames(), one.rule() + " + continuation"));
            }
        }
        return out;
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
