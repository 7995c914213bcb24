package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * What {@link LogisticModel} knows of a word that may be a cue of attribution: its lemma and part of
 * speech, how it hangs in the parse, which complements and subject it has, whether the lexicons
 * list it, whether it stands in a quotation. The same features at training and at extraction, so
 * a model trained on annotated news scores new text the way it learned.
 *
 * <pre>{@code
 * // "the minister conceded (that) the bill would fail": l=concede, c=ccomp, ccomp-subject, s=noun, …
 * List<String> f = CueFeatures.of(article, parse, token, lexicons, inQuote);
 * }</pre>
 */
public final class CueFeatures {
    /** A word of letters, maybe hyphenated or with an apostrophe. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** NER classes of names, which a tagger sometimes takes for a verb or a common noun. */
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION");
    /** Relations by which a word may take what was said or thought. */
    static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj", "nmod", "acl", "obl", "parataxis", "advcl");
    private static final Set<String> CHILD_RELATIONS = Set.of("ccomp", "xcomp", "obj", "iobj", "nmod", "acl", "obl",
            "parataxis", "advcl", "mark", "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "advmod", "compound", "amod", "case");
    private static final Set<String> PRONOUNS = Set.of("PRP", "WP");

    private CueFeatures() {
    }

    /**
     * A word worth scoring, its features, and the spans (first and last token) that could be what
     * it reports: the subtree of each complement, or the clause it hangs from.
     */
    public record Candidate(int token, List<String> features, List<int[]> contents) {
        public Candidate {
            features = List.copyOf(features);
            contents = List.copyOf(contents);
        }
    }

    /** Every candidate of the article, sentence by sentence. */
    public static List<Candidate> candidates(AnnotatedArticle article, Lexicons lexicons) {
        List<org.summitkg.nlp.Quote> quotes = Quotes.plausible(article);
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Parse parse = new Parse(s);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (isCandidate(parse, article, t)) {
                    out.add(new Candidate(t, of(article, parse, t, lexicons, Quotes.contain(quotes, article.token(t))),
                            contents(parse, t)));
                }
            }
        }
        return out;
    }

    /** The spans that could be what token {@code t} reports. */
    static List<int[]> contents(Parse parse, int t) {
        List<int[]> out = new ArrayList<>();
        for (String rel : COMPLEMENTS) {
            parse.children(t, rel).stream().filter(k -> parse.relation(k).equals(rel)).forEach(k -> out.add(parse.span(k)));
        }
        int head = parse.parent(t);
        if (head >= 0 && (parse.relation(t).equals("parataxis") || parse.relation(t).equals("advcl"))) {
            int[] whole = parse.span(head);
            int[] own = parse.span(t);
            out.add(own[0] > whole[0] ? new int[] {whole[0], own[0] - 1} : new int[] {own[1] + 1, whole[1]});
        }
        return out;
    }

    /**
     * Whether the token is worth scoring: a verb, common noun or adjective with a complement, or
     * one hung from a clause, in lower case unless it opens the sentence. Names are never cues, so
     * the model learns no name.
     */
    public static boolean isCandidate(Parse parse, AnnotatedArticle article, int t) {
        String pos = article.token(t).pos();
        if (!(pos.startsWith("VB") || pos.startsWith("NN") && !pos.startsWith("NNP") || pos.startsWith("JJ"))) {
            return false;
        }
        if (!WORD.matcher(article.token(t).word()).matches() || NAMES.contains(article.token(t).ner())) {
            return false; // a hashtag, a handle, a number or a name ("Keller" opening a sentence) is no word of saying
        }
        if (Character.isUpperCase(article.token(t).word().codePointAt(0)) && t != Parse.firstWord(article.tokens(), parse.sentence().firstToken(),
                parse.sentence().endToken())) {
            return false; // a capitalised word inside a sentence is part of a name or title
        }
        if (FunctionWords.RAISING_VERBS.contains(article.token(t).lemma())) {
            return false; // its subject is what a claim is about, not who makes it (UnattributedFinder)
        }
        String rel = parse.relation(t);
        if (rel.equals("parataxis") || rel.equals("advcl")) {
            return true;
        }
        return COMPLEMENTS.stream().anyMatch(r -> !parse.children(t, r).isEmpty());
    }

    /** The features of token {@code t}; {@code inQuote} says whether it stands inside a quotation. */
    public static List<String> of(AnnotatedArticle article, Parse parse, int t, Lexicons lexicons, boolean inQuote) {
        Token token = article.token(t);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        String coarse = coarse(token.pos());
        List<String> f = new ArrayList<>();
        f.add("l=" + lemma);
        f.add("lp=" + lemma + "|" + coarse);
        f.add("p=" + token.pos());
        f.add("r=" + parse.relation(t));
        f.add("pr=" + coarse + "|" + parse.relation(t));
        for (String rel : CHILD_RELATIONS) {
            List<Integer> kids = parse.children(t, rel).stream().filter(k -> parse.relation(k).equals(rel)).toList();
            if (!kids.isEmpty()) {
                f.add("c=" + rel);
                f.add("pc=" + coarse + "|" + rel);
                if (COMPLEMENTS.contains(rel)) {
                    f.add("lc=" + lemma + "|" + rel);
                    complement(article, parse, rel, kids.get(0), f);
                }
            }
        }
        f.add("s=" + subject(article, parse, t, lexicons));
        if (inQuote) {
            f.add("in-quote");
        }
        if (t > 0 && article.token(t - 1).word().equals(",")) {
            f.add("after-comma");
        }
        if (parse.children(t, "advmod").stream().anyMatch(c -> FunctionWords.NEGATIONS.contains(article.token(c).word().toLowerCase(Locale.ROOT)))) {
            f.add("negated");
        }
        lexiconFlags(token, lemma, lexicons, f);
        return f;
    }

    private static void complement(AnnotatedArticle article, Parse parse, String rel, int head, List<String> f) {
        if (!parse.children(head, "nsubj").isEmpty()) {
            f.add("cs=" + rel);
        }
        for (int mark : parse.children(head, "mark")) {
            f.add("cm=" + rel + "|" + article.token(mark).word().toLowerCase(Locale.ROOT));
        }
        for (int c : parse.children(head, "case")) {
            f.add("cc=" + rel + "|" + article.token(c).word().toLowerCase(Locale.ROOT));
        }
        f.add("cp=" + rel + "|" + coarse(article.token(head).pos()));
        int[] span = parse.span(head);
        f.add("clen=" + rel + "|" + Math.min(span[1] - span[0] + 1, 12) / 4);
    }

    private static String subject(AnnotatedArticle article, Parse parse, int t, Lexicons lexicons) {
        List<Integer> subjects = parse.enhanced(t, "nsubj");
        if (subjects.isEmpty()) {
            return parse.enhanced(t, "nsubj:pass").isEmpty() ? "none" : "pass";
        }
        Token s = article.token(subjects.get(0));
        if (PRONOUNS.contains(s.pos())) {
            return "pron-" + s.word().toLowerCase(Locale.ROOT);
        }
        if (!s.ner().equals("O")) {
            return "ner-" + s.ner();
        }
        return lexicons.isSpeakerNoun(s.word().toLowerCase(Locale.ROOT), s.lemma().toLowerCase(Locale.ROOT)) ? "speaker-noun" : "noun";
    }

    private static void lexiconFlags(Token token, String lemma, Lexicons lexicons, List<String> f) {
        if (lexicons.speechVerbs().contains(lemma)) {
            f.add("lex=speech");
        }
        if (lexicons.attitudeVerbs().contains(lemma)) {
            f.add("lex=attitude");
        }
        if (lexicons.speechNouns().contains(lemma)) {
            f.add("lex=noun");
        }
        if (lexicons.speechAdjectives().contains(token.word())) {
            f.add("lex=adjective");
        }
        if (lexicons.nonAttributionVerbs().contains(lemma)) {
            f.add("lex=non");
        }
        if (lexicons.describingVerbs().contains(lemma)) {
            f.add("lex=describing");
        }
    }

    private static String coarse(String pos) {
        return pos.length() >= 2 ? pos.substring(0, 2) : pos;
    }
}
