package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * What the statement model knows of a found statement: the rule that found it, its cue, and the
 * shape of its content (length, first and last part of speech, whether it holds a verb and a
 * subject, where it stands against its cue and its sentence). A content of "during a discussion
 * on Monday" or "the former minister" has the shape of a fragment, not of something said.
 *
 * <pre>{@code
 * boolean keep = LogisticModel.shipped(LogisticModel.STATEMENTS).accepts(StatementFeatures.of(article, statement));
 * }</pre>
 */
public final class StatementFeatures {
    private static final Set<String> CLOSED_CLASSES = Set.of("DT", "IN", "PRP", "PRP$", "WDT", "WP", "WRB", "TO", "CC", "MD", "EX", "RB");
    private static final int[] LENGTHS = {1, 2, 3, 5, 8, 12, 20, 35, 60};

    /** How many bins the cue model's probability for the cue falls into. */
    private static final int CUE_BINS = 5;

    private StatementFeatures() {
    }

    /** The features of a statement found with the shipped lexicons. */
    public static List<String> of(AnnotatedArticle article, Statement s) {
        return of(article, s, ShippedLexicons.LEXICONS);
    }

    /** The shipped lexicons, read once, on first use. */
    private static final class ShippedLexicons {
        static final Lexicons LEXICONS = Lexicons.shipped();
    }

    /** The features of a statement found with these lexicons. */
    public static List<String> of(AnnotatedArticle article, Statement s, Lexicons lexicons) {
        List<String> f = new ArrayList<>();
        String rule = s.method().rule().id();
        f.add("m=" + s.method().id());
        f.add("rule=" + rule);
        f.add("k=" + s.kind());
        f.add("spk=" + s.method().speaker());
        List<Token> content = article.tokens().stream().filter(t -> t.begin() >= s.begin() && t.end() <= s.end()).toList();
        if (content.isEmpty()) {
            f.add("empty");
            return f;
        }
        String length = "len=" + bucket(content.size());
        f.add(length);
        f.add(rule + "|" + length);
        Token first = content.get(0);
        Token last = content.get(content.size() - 1);
        f.add("fp=" + first.pos());
        f.add("lp=" + last.pos());
        if (CLOSED_CLASSES.contains(first.pos())) {
            f.add("fw=" + first.word().toLowerCase(Locale.ROOT));
        }
        boolean verb = content.stream().anyMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
        f.add(verb ? "verb" : "no-verb");
        f.add(rule + "|" + (verb ? "verb" : "no-verb"));
        Parse parse = new Parse(article.sentences().get(content.get(0).sentence()));
        sentenceShape(article, parse, content, f);
        cue(article, s, f);
        cueAndContent(article, parse, s, content, verb, lexicons, f);
        contentKind(article, s, content, verb, f);
        if (s.speakers().size() > 1) {
            f.add("several-speakers");
        }
        if (s.fragment()) {
            f.add("fragment");
        }
        return f;
    }

    private static void sentenceShape(AnnotatedArticle article, Parse parse, List<Token> content, List<String> f) {
        Sentence sentence = parse.sentence();
        boolean subject = content.stream().anyMatch(t -> parse.relation(t.index()).startsWith("nsubj"));
        f.add(subject ? "subject" : "no-subject");
        int words = sentence.endToken() - sentence.firstToken();
        f.add("share=" + Math.min(4, 5 * content.size() / Math.max(1, words)));
        if (content.get(content.size() - 1).index() >= sentence.endToken() - 2) {
            f.add("to-sentence-end");
        }
        if (content.get(0).index() <= sentence.firstToken() + 1) {
            f.add("from-sentence-start");
        }
    }

    private static void cue(AnnotatedArticle article, Statement s, List<String> f) {
        if (s.cueBegin() < 0) {
            f.add("no-cue");
            return;
        }
        f.add(s.cueBegin() < s.begin() ? "cue-before" : s.cueBegin() >= s.end() ? "cue-after" : "cue-inside");
        article.tokenAt(s.cueBegin()).ifPresent(t -> {
            f.add("cue=" + t.lemma().toLowerCase(Locale.ROOT));
            f.add("cuep=" + t.pos());
        });
    }

    /**
     * How the content hangs from its cue: the cue word with whether a verb is in the content
     * ("said" with a bare noun is rarely a claim, "praised" often is), the relation of the content
     * to the cue, how sure the cue model is of the cue there, and a negation on it.
     */
    private static void cueAndContent(AnnotatedArticle article, Parse parse, Statement s, List<Token> content, boolean verb,
                                      Lexicons lexicons, List<String> f) {
        if (s.cueBegin() < 0) {
            return;
        }
        article.tokenAt(s.cueBegin()).ifPresent(cue -> {
            String lemma = cue.lemma().toLowerCase(Locale.ROOT);
            f.add("cue-verb=" + lemma + "|" + (verb ? "verb" : "no-verb"));
            content.stream().filter(t -> parse.parent(t.index()) == cue.index()).findFirst().ifPresent(head -> {
                f.add("relation=" + parse.relation(head.index()));
                f.add("cue-relation=" + lemma + "|" + parse.relation(head.index()));
            });
            if (CueFeatures.isCandidate(parse, article, cue.index())) {
                double p = LogisticModel.shipped(LogisticModel.CUES).probability(CueFeatures.of(article, parse, cue.index(), lexicons, false));
                f.add("cue-model=" + (int) Math.min(CUE_BINS - 1, p * CUE_BINS));
            }
            if (s.negated()) {
                f.add("cue-negated");
            }
        });
    }

    /** What the content is made of: for a noun phrase, the kind of name it ends in; how much of it is quoted; who says it. */
    private static void contentKind(AnnotatedArticle article, Statement s, List<Token> content, boolean verb, List<String> f) {
        if (!verb) {
            f.add("last-ner=" + content.get(content.size() - 1).ner());
        }
        long quoted = content.stream().filter(t -> Quotes.contain(article.annotations().quotes(), t)).count();
        f.add("quoted=" + (quoted == 0 ? "none" : quoted == content.size() ? "all" : "part"));
        if (!s.speakers().isEmpty()) {
            f.add("speaker-type=" + s.speakers().get(0).type());
        }
    }

    private static String bucket(int n) {
        for (int limit : LENGTHS) {
            if (n <= limit) {
                return "<=" + limit;
            }
        }
        return ">" + LENGTHS[LENGTHS.length - 1];
    }
}
