package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which quote each continuation goes on from: in “The pier stays open,” Okafor said. “We will
 * not close it.” the second quote continues the first, the same speaker's next words. The quote
 * a continuation continues is the nearest direct quote before it with the same speakers that
 * stands inside no other (a quoted word inside a quote is no step of the chain).
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
            if (s.kind() != StatementKind.DIRECT || previousQuote != null && encloses(previousQuote, s)) {
                continue; // a quote inside a quote is no step in the chain
            }
            if (s.method().rule() == AttributionRule.CONTINUATION && previousQuote != null
                    && previousQuote.speakers().equals(s.speakers())) {
                out.put(s, previousQuote);
            }
            previousQuote = s;
        }
        return out;
    }

    /** Whether {@code inner} stands inside {@code outer}'s span ("“Allies came back ‘rattled’,” …"). */
    static boolean encloses(Statement outer, Statement inner) {
        return outer.holds(inner) && (outer.begin() != inner.begin() || outer.end() != inner.end());
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
