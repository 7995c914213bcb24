package org.summitkg.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.summitkg.rdf.Summit;

/**
 * Scores statements by the gold README's rules. A direct quote matches when the texts agree after
 * trimming punctuation and quote marks; a reported statement when its text holds at least half of
 * the gold text's words and is at most three times as long. A match counts only with the right speaker(s): by QID, or by a name the
 * gold file gives that speaker. Found statements that match only items left out of the count
 * (borderline ones, when scored without them) count neither way.
 */
public final class StatementScorer {
    private final GoldArticle gold;

    public StatementScorer(GoldArticle gold) {
        this.gold = gold;
    }

    /** Direct quotes with the correct speaker. */
    public Score direct(List<FoundStatement> found) {
        return score(found, "direct", g -> true);
    }

    /** Reported speech with the correct speaker, with or without the borderline gold items. */
    public Score reported(List<FoundStatement> found, boolean withBorderline) {
        return score(found, "reported", g -> withBorderline || !g.borderline());
    }

    /** Statements tagged with a topic, against gold statements tagged with it (speaker not checked). */
    public Score topic(List<FoundStatement> found, String topic) {
        List<GoldStatement> golds = gold.statements().stream().filter(g -> g.topics().contains(topic)).toList();
        List<FoundStatement> tagged = found.stream().filter(f -> f.topics().contains(topic)).toList();
        int tp = (int) tagged.stream().filter(f -> golds.stream().anyMatch(g -> textMatches(g, f))).count();
        int goldFound = (int) golds.stream().filter(g -> tagged.stream().anyMatch(f -> textMatches(g, f))).count();
        return new Score(tp, tagged.size() - tp, goldFound, golds.size());
    }

    /** Gold statements of a kind that nothing matched with the right speaker. */
    public List<GoldStatement> missed(List<FoundStatement> found, String kind) {
        return gold.statements().stream().filter(g -> g.kind().equals(kind))
                .filter(g -> found.stream().noneMatch(f -> matches(g, f))).toList();
    }

    /** Found statements of a kind that match no gold statement with the right speaker. */
    public List<FoundStatement> spurious(List<FoundStatement> found, String kind) {
        return found.stream().filter(f -> scoredAs(f).equals(kind))
                .filter(f -> gold.statements().stream().noneMatch(g -> matches(g, f))).toList();
    }

    private Score score(List<FoundStatement> found, String kind, Predicate<GoldStatement> counted) {
        List<GoldStatement> all = gold.statements().stream().filter(g -> g.kind().equals(kind)).toList();
        List<GoldStatement> golds = all.stream().filter(counted).toList();
        int tp = 0;
        int fp = 0;
        for (FoundStatement f : found.stream().filter(f -> scoredAs(f).equals(kind)).toList()) {
            if (golds.stream().anyMatch(g -> matches(g, f))) {
                tp++;
            } else if (all.stream().noneMatch(g -> !counted.test(g) && textMatches(g, f))) {
                fp++;
            }
        }
        int goldFound = (int) golds.stream().filter(g -> found.stream().anyMatch(f -> matches(g, f))).count();
        return new Score(tp, fp, goldFound, golds.size());
    }

    boolean matches(GoldStatement g, FoundStatement f) {
        return g.kind().equals(scoredAs(f)) && textMatches(g, f) && speakersMatch(g, f);
    }

    /**
     * The gold kind a found statement is scored as: the gold files know only direct and reported
     * statements, and list attributed beliefs and wishes ("analysts believe …") as reported. A
     * negated one (kind "reported (negated)" in {@code statements.rq}: "did not say …") is what its
     * speaker did not say, which the gold files do not list: it is scored as neither.
     */
    static String scoredAs(FoundStatement f) {
        if (f.kind().endsWith(Summit.NEGATED_KIND)) {
            return "negated";
        }
        return f.kind().equals("attitude") ? "reported" : f.kind();
    }

    static boolean textMatches(GoldStatement g, FoundStatement f) {
        if (g.kind().equals("direct")) {
            return f.kind().equals("direct") && trim(g.text()).equalsIgnoreCase(trim(f.text()));
        }
        List<String> goldWords = words(g.text());
        List<String> foundWords = new ArrayList<>(words(f.text()));
        int shared = 0;
        for (String w : goldWords) {
            if (foundWords.remove(w)) {
                shared++;
            }
        }
        // at least half of the gold words, and at most three times as long (a run-on span is no match)
        return !goldWords.isEmpty() && shared * 2 >= goldWords.size() && words(f.text()).size() <= 3 * goldWords.size();
    }

    private boolean speakersMatch(GoldStatement g, FoundStatement f) {
        if (g.speakers().size() != f.speakers().size()) {
            return false;
        }
        return g.speakers().stream().allMatch(name -> f.speakers().stream().anyMatch(s -> isSpeaker(name, s)));
    }

    private boolean isSpeaker(String goldName, FoundEntity found) {
        GoldEntity e = gold.entity(goldName).orElse(null);
        if (e == null) {
            return goldName.equalsIgnoreCase(found.label());
        }
        return EntityScorer.matches(e, found);
    }

    static String trim(String text) {
        return text.strip().replace('’', '\'').replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}\\s“”‘]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\s“”’]+$", "");
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
