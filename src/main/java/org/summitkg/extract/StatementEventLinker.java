package org.summitkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.event.Event;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.extract.statement.Statement;
import org.summitkg.extract.statement.StatementKind;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Links statements to the events they were made at, where the text says so: the verb of saying
 * has the event word as a place or time ("said at the summit", "told reporters during the
 * talks"), or the statement is a remark listed under, or right after, the mention of a press
 * conference. A statement that only speaks about an event is not made at it.
 */
final class StatementEventLinker {
    /** How far below a press conference's mention its listed remarks may stand, in sentences. */
    private static final int SECTION = 20;
    /** How far below it a plain statement may stand. */
    private static final int NEAR = 2;

    private final AnnotatedArticle article;

    StatementEventLinker(AnnotatedArticle article) {
        this.article = article;
    }

    List<MadeAt> link(List<Statement> statements, List<Event> events) {
        List<MadeAt> out = new ArrayList<>();
        List<Statement> inReports = statements.stream().filter(s -> s.fragment() && statements.stream().anyMatch(o -> encloses(o, s))).toList();
        for (Statement s : statements) {
            Event at = inReports.contains(s) ? null : atCue(s, events);
            if (at == null && !inReports.contains(s)) {
                at = remarksEventAbove(s, events);
            }
            if (at != null) {
                out.add(new MadeAt(s, at));
            }
        }
        // a quoted fragment inside a reported statement was made where that statement was
        for (Statement s : inReports) {
            out.stream().filter(m -> m.statement().holds(s)).findFirst()
                    .ifPresent(m -> out.add(new MadeAt(s, m.event())));
        }
        return out;
    }

    private static boolean encloses(Statement outer, Statement inner) {
        return outer != inner && outer.kind() != StatementKind.DIRECT && outer.holds(inner);
    }

    /** "said at the summit": an event word in a place or time phrase of the cue. */
    private Event atCue(Statement s, List<Event> events) {
        Token cue = cueToken(s);
        if (cue == null) {
            return null;
        }
        Parse parse = new Parse(article.sentences().get(cue.sentence()));
        for (int child : parse.children(cue.index(), "obl")) {
            boolean at = parse.children(child, "case").stream()
                    .anyMatch(c -> FunctionWords.MADE_AT_PREPOSITIONS.contains(article.token(c).word().toLowerCase(Locale.ROOT)));
            Event e = at ? eventAt(events, child) : null;
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private Event remarksEventAbove(Statement s, List<Event> events) {
        boolean listed = s.method().fromList();
        int reach = listed ? SECTION : NEAR;
        Event best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Event e : events) {
            if (!e.kind().remarks()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int distance = s.sentence() - m.sentence();
                if (distance >= 0 && distance <= reach && distance < bestDistance) {
                    best = e;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static Event eventAt(List<Event> events, int token) {
        for (Event e : events) {
            if (e.mentions().stream().anyMatch(m -> m.firstToken() == token)) {
                return e;
            }
        }
        return null;
    }

    private Token cueToken(Statement s) {
        return article.tokenAt(s.cueBegin()).orElse(null);
    }
}
