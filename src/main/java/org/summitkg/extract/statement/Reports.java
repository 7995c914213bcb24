package org.summitkg.extract.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Which statement reports each nested one: in "The Ledger reported that Okafor told aides the
 * pier will close", Okafor's statement (cue "told") stands inside the content of the Ledger's
 * (cue "reported"), so it is Okafor's, reported by the Ledger. The reporting statement is the
 * shortest reported statement or attitude whose content holds the nested one's cue. Only a cue
 * that heads the clause its reporter's cue reports is a statement of its own
 * ({@link #isReportedClause}); any other cue inside a content ("stressing her commitment to …")
 * is part of that claim.
 */
public final class Reports {
    private Reports() {
    }

    /** Each nested statement among these, mapped to the statement that reports it. */
    public static Map<Statement, Statement> of(List<Statement> statements) {
        Map<Statement, Statement> out = new LinkedHashMap<>();
        for (Statement s : statements) {
            Statement outer = reporting(s, statements);
            if (outer != null) {
                out.put(s, outer);
            }
        }
        return out;
    }

    /**
     * Whether the nested statement's cue heads the clause its reporter's cue reports: "told" in
     * "the Ledger reported that Okafor told aides …", the clausal complement of "reported".
     */
    public static boolean isReportedClause(AnnotatedArticle article, Statement nested, Statement reporter) {
        Token inner = article.tokenAt(nested.cueBegin()).orElse(null);
        Token outer = article.tokenAt(reporter.cueBegin()).orElse(null);
        if (inner == null || outer == null || inner.sentence() != outer.sentence()) {
            return false;
        }
        Parse parse = new Parse(article.sentences().get(inner.sentence()));
        return parse.parent(inner.index()) == outer.index() && parse.relation(inner.index()).equals("ccomp");
    }

    /** The statement whose content holds this one's cue, or null. */
    static Statement reporting(Statement s, List<Statement> statements) {
        if (s.cueBegin() < 0 || s.fragment() || s.kind() == StatementKind.DIRECT) {
            return null;
        }
        Statement best = null;
        for (Statement o : statements) {
            // a claim no one is named for reports no one's statement
            boolean holds = o != s && o.kind() != StatementKind.DIRECT && !o.unattributed() && o.begin() <= s.cueBegin() && s.cueBegin() < o.end()
                    && !(o.begin() == s.begin() && o.end() == s.end());
            if (holds && (best == null || o.end() - o.begin() < best.end() - best.begin())) {
                best = o;
            }
        }
        return best;
    }
}
