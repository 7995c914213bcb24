package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which quote each continuation goes on from: in “The pier stays open,” Okafor said. “We will
 * not close it.” the second quote continues the first, the same speaker's next words. The quote
 * a continuation continues is the nearest direct quote before it with the same speakers.
 */
public final class Continuations {
    private Continuations() {
    }

    /** Each continuation among the statements, mapped to the quote it continues. */
    public static Map<Statement, Statement> of(List<Statement> statements) {
        List<Statement> byPosition = new ArrayList<>(statements);
        byPosition.sort(Comparator.comparingInt(Statement::begin));
        Map<Statement, Statement> out = new LinkedHashMap<>();
        Statement previousQuote = null;
        for (Statement s : byPosition) {
            if (s.kind() != StatementKind.DIRECT) {
                continue;
            }
            if (s.method().rule() == AttributionRule.CONTINUATION && previousQuote != null
                    && previousQuote.speakers().equals(s.speakers())) {
                out.put(s, previousQuote);
            }
            previousQuote = s;
        }
        return out;
    }

    /** The quotes that continue {@code head}, directly or through one another, in order. */
    public static List<Statement> after(Statement head, Map<Statement, Statement> continuations) {
        List<Statement> chain = new ArrayList<>();
        Statement last = head;
        for (Map.Entry<Statement, Statement> e : continuations.entrySet()) {
            if (e.getValue().equals(last)) {
                chain.add(e.getKey());
                last = e.getKey();
            }
        }
        return chain;
    }
}
