package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Claims the article reports without saying whose they are, each a statement with no speaker
 * (rule "unattributed"), as annotators of attribution mark them with no source:
 * <ul>
 * <li>a passive of hearsay with an open clause and no agent: "the ferry is (widely) tipped to
 *     sail at dawn", with the words of {@code hearsay-passives}; the content runs from its
 *     subject to the end of the clause;</li>
 * <li>a raising verb ({@code raising-verbs}) with an open clause: "the pier looks set to close"
 *     is a claim about the pier, not one the pier makes; or with a clause of its own;</li>
 * <li>a clause marked as hearsay by an adverb ({@code hedges}): "the crew hastily left";</li>
 * <li>a question put to someone by no one named: "Asked whether the pier will close, Okafor
 *     said …", "she was pressed on the fares": the question, or what it was about.</li>
 * </ul>
 * Not inside a quotation, nor inside what another statement reports (there it is part of that
 * claim), nor where its cue is another statement's.
 */
final class UnattributedFinder {
    /** The longest subject a claim starts with; a longer one likely holds a clause of the writer's. */
    private static final int LONGEST_SUBJECT = 12;
    /** Relations of a clause the parser may hang inside an open clause after a comma. */
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("acl", "advcl", "conj", "parataxis", "ccomp");
    private static final List<String> QUESTION_COMPLEMENTS = List.of("ccomp", "advcl", "xcomp", "obl");

    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final ContentSpans spans;

    UnattributedFinder(AnnotatedArticle article, Lexicons lexicons, List<Quote> quotes) {
        this.article = article;
        this.lexicons = lexicons;
        this.spans = new ContentSpans(article, quotes);
    }

    /** The unattributed statements of the article, beside those other rules found ({@code found}, not changed). */
    List<Statement> find(List<Statement> found) {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Parse parse = new Parse(s);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Token token = article.token(t);
                Optional<int[]> content = content(parse, t);
                if (content.isPresent() && !spans.inQuote(token) && !isWithinOrCueOf(token, found)) {
                    add(out, parse, content.get(), token);
                }
            }
        }
        return out;
    }

    private Optional<int[]> content(Parse parse, int t) {
        String lemma = article.token(t).lemma().toLowerCase(Locale.ROOT);
        if (FunctionWords.HEARSAY_PASSIVES.contains(lemma) && article.token(t).pos().equals("VBN")
                && ReportedSpeechFinder.isPassive(article, parse, t) && parse.agents(t).isEmpty()) {
            return subjectToClause(parse, t);
        }
        if (FunctionWords.RAISING_VERBS.contains(lemma) && isFinite(parse, t)) {
            return raised(parse, t);
        }
        if (FunctionWords.HEDGES.contains(lemma) && parse.relation(t).equals("advmod")) {
            return hedged(parse, parse.parent(t));
        }
        if (lexicons.questionVerbs().contains(lemma) && article.token(t).pos().equals("VBN")
                && ReportedSpeechFinder.isPassive(article, parse, t) && parse.agents(t).isEmpty()) {
            return question(parse, t);
        }
        return Optional.empty();
    }

    /** From the subject of the verb (or the noun a participle modifies) to the end of its open clause. */
    private Optional<int[]> subjectToClause(Parse parse, int verb) {
        List<Integer> open = parse.children(verb, "xcomp");
        return open.isEmpty() ? Optional.empty() : checked(new int[] {start(parse, verb), end(parse, open.get(0))});
    }

    /**
     * The last token of an open clause: the end of its subtree, or before a comma that opens a
     * clause the parser hung inside it ("tipped to be the turning point, wrapped up early", the
     * sentence's own verb taken for a modifier of "point").
     */
    private int end(Parse parse, int clause) {
        int[] span = parse.span(clause);
        for (int t = clause + 1; t < span[1]; t++) {
            if (article.token(t).word().equals(",") && CLAUSES.contains(parse.relation(t + 1).split(":")[0]) && parse.span(t + 1)[0] == t + 1) {
                return t - 1;
            }
        }
        return span[1];
    }

    /**
     * Where the claim starts: at the verb's subject, or the noun a reduced relative hangs from
     * ("the vote, tipped to …"); at the verb and its auxiliaries where the subject runs on with an
     * aside ("Okafor, who has chaired the harbour board since 2019, seems …") or stands in another clause ("Okafor won
     * and seems …"), since the claim is then the subject's head and the clause, too far apart for one span.
     */
    private int start(Parse parse, int verb) {
        for (String rel : List.of("nsubj:pass", "nsubj", "expl")) {
            List<Integer> subject = parse.children(verb, rel);
            if (!subject.isEmpty()) {
                int[] span = parse.span(subject.get(0));
                return isLong(span) ? auxiliaries(parse, verb) : span[0];
            }
        }
        if (parse.relation(verb).startsWith("acl") && parse.parent(verb) >= 0) {
            int[] span = parse.span(parse.parent(verb));
            return isLong(new int[] {span[0], verb - 1}) ? auxiliaries(parse, verb) : span[0];
        }
        return auxiliaries(parse, verb);
    }

    /** A subject with an aside in it ("Okafor, who chairs the board,") or longer than {@value #LONGEST_SUBJECT} tokens. */
    private boolean isLong(int[] span) {
        return span[1] - span[0] + 1 > LONGEST_SUBJECT
                || java.util.stream.IntStream.range(span[0] + 1, span[1]).anyMatch(t -> spans.isPunct(t) && !article.token(t).pos().equals("HYPH"));
    }

    /** The first of the verb's auxiliaries and negation before it ("does not seem"), or the verb. */
    private static int auxiliaries(Parse parse, int verb) {
        int first = verb;
        for (String rel : List.of("aux", "advmod", "cop")) {
            for (int a : parse.children(verb, rel)) {
                if (a < first && a >= first - 3) {
                    first = a;
                }
            }
        }
        return first;
    }

    /**
     * A verb with a tense or an auxiliary of its own, not the bare verb of a small clause ("made the
     * pier seem safe", which the tagger may read as a present tense: a complement with no "that"
     * and no auxiliary).
     */
    private boolean isFinite(Parse parse, int verb) {
        String pos = article.token(verb).pos();
        boolean auxiliary = !parse.children(verb, "aux").isEmpty();
        boolean small = (parse.relation(verb).equals("ccomp") || parse.relation(verb).equals("xcomp")) && parse.children(verb, "mark").isEmpty();
        return auxiliary || pos.startsWith("VB") && !pos.equals("VB") && !pos.equals("VBG") && !small;
    }

    /** A raising verb's claim: its subject with the open clause, or the clause it takes ("it appears that …"). */
    private Optional<int[]> raised(Parse parse, int verb) {
        if (!parse.children(verb, "xcomp").isEmpty()) {
            return subjectToClause(parse, verb);
        }
        List<Integer> clause = parse.children(verb, "ccomp");
        return clause.isEmpty() ? Optional.empty() : checked(spans.trim(parse.span(clause.get(0)), verb));
    }

    /** The clause an adverb of hearsay marks: from its subject to the end of the clause. */
    private Optional<int[]> hedged(Parse parse, int head) {
        if (head < 0 || !(article.token(head).pos().startsWith("VB") || !parse.children(head, "cop").isEmpty())) {
            return Optional.empty();
        }
        return checked(new int[] {start(parse, head), parse.span(head)[1]});
    }

    /** What a question put to someone asked: a clause opening with "whether" or a question word, an open clause, or what it was about. */
    private Optional<int[]> question(Parse parse, int verb) {
        for (String rel : QUESTION_COMPLEMENTS) {
            for (int c : parse.children(verb, rel)) {
                int[] span = parse.span(c);
                if (span[0] > verb && asks(parse, rel, c, span[0])) {
                    // "asked about the fares": what it was about, with its preposition ("about Okafor", not a bare name)
                    return checked(rel.equals("obl") ? ContentSpans.unpunctuated(article, span) : spans.trim(span, verb));
                }
            }
        }
        return Optional.empty();
    }

    private boolean asks(Parse parse, String rel, int head, int first) {
        Token opening = article.token(first);
        String word = opening.word().toLowerCase(Locale.ROOT);
        if (rel.equals("obl")) {
            return FunctionWords.ABOUT_PREPOSITIONS.contains(word) && parse.children(head, "case").contains(first);
        }
        return FunctionWords.QUESTION_MARKS.contains(word) || opening.pos().startsWith("W") || rel.equals("xcomp") && opening.pos().equals("TO");
    }

    private Optional<int[]> checked(int[] span) {
        int[] inner = span == null ? null : spans.withoutPunctuation(span);
        return Optional.ofNullable(inner).filter(spans::isContent);
    }

    /** Whether a token stands inside what another statement reports, or is its cue. */
    private static boolean isWithinOrCueOf(Token token, List<Statement> found) {
        return found.stream().anyMatch(s -> s.cueBegin() == token.begin() || s.begin() <= token.begin() && token.end() <= s.end());
    }

    private void add(List<Statement> out, Parse parse, int[] span, Token cue) {
        int begin = article.token(span[0]).begin();
        int end = spans.closingQuote(begin, article.token(span[1]).end());
        if (out.stream().anyMatch(o -> o.begin() == begin && o.end() == end)) {
            return;
        }
        AttributionMethod method = AttributionRule.UNATTRIBUTED.alone();
        out.add(new Statement(StatementKind.REPORTED, List.of(), article.text(begin, end), begin, end, parse.sentence().index(),
                cue.word(), cue.begin(), method));
    }
}
