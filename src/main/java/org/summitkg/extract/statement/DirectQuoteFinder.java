package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Turns quotations into direct statements, trying sieves in order of reliability: a fragment
 * inside a reported statement takes its speaker; a verb or noun of saying that governs the quote
 * gives its subject ("“…,” said X", "X called it “…”"); "X: “…”"; a quote that fills its sentence
 * continues the previous speaker; a long quote that CoreNLP attributed keeps that speaker.
 * Quotes left without a speaker (scare quotes, names: "the Tank") are not statements.
 */
final class DirectQuoteFinder {
    private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "‘", "’", "'", "«", "»", "``", "''");
    private static final int MAX_CLIMB = 4;
    private static final String DASHES = "―—–-";
    /** "…,” the senior senator from Ohio said on Tuesday, “…": the most words a cue may put between two parts. */
    private static final int SPLIT_GAP_WORDS = 12;
    /** "“…?” the senior senator from Ohio said": how far into the next sentence a quote's cue may stand. */
    private static final int CUE_AFTER_WORDS = 8;
    private static final int MIN_WORDS_FOR_CORENLP = 5;
    private static final double FILLS_SENTENCE = 0.6;
    private static final int MAX_TITLE_WORDS = 5;
    /** The most words of a name right after a quote ("“…,” Mary Ann Okafor said"). */
    private static final int MAX_NAME_WORDS = 4;

    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final SpeakerFinder speakers;
    private final List<Statement> reported;
    private final List<Quote> quotes;

    DirectQuoteFinder(AnnotatedArticle article, Lexicons lexicons, SpeakerFinder speakers, List<Statement> reported, List<Quote> quotes) {
        this.article = article;
        this.lexicons = lexicons;
        this.speakers = speakers;
        this.reported = reported;
        this.quotes = quotes;
    }

    List<Statement> find() {
        List<Statement> out = new ArrayList<>();
        for (Quote q : quotes) {
            QuoteSpan span = QuoteSpan.of(article, q, QUOTE_MARKS);
            if (span != null && !isTitle(span)) {
                Statement s = attribute(span, q, out);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        List<Statement> joined = joinSplitQuotes(out);
        return joined.stream().map(this::asFragmentOfReport).map(this::asEmbeddedFragment).map(q -> asQuoteInQuote(q, joined)).toList();
    }

    /** A quotation inside another ("“Allies came back ‘rattled’,” Okafor said"): words the outer speaker quotes, a fragment. */
    private static Statement asQuoteInQuote(Statement quote, List<Statement> quotes) {
        return !quote.fragment() && quotes.stream().anyMatch(o -> Continuations.encloses(o, quote)) ? quote.asFragment() : quote;
    }

    /**
     * A short quotation in title case ("appeared on “Harbour Mornings”", "the “Port Alder Plan”"):
     * the name of a show, a slogan or a nickname, not something said.
     */
    private boolean isTitle(QuoteSpan q) {
        int words = 0;
        for (int t = q.firstToken(); t < q.endToken(); t++) {
            if (isWord(t)) {
                words++;
                if (!isTitleWord(t)) {
                    return false;
                }
            }
        }
        return words >= 2 && words <= MAX_TITLE_WORDS && inProse(q);
    }

    /** Whether the quotation's sentence has a word in lower case outside it: prose, not a headline in title case. */
    private boolean inProse(QuoteSpan q) {
        Sentence s = article.sentences().get(q.sentence());
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if ((t < q.firstToken() || t >= q.endToken()) && isWord(t) && !isTitleWord(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWord(int t) {
        return Character.isLetter(article.token(t).word().codePointAt(0));
    }

    private boolean isTitleWord(int t) {
        String w = article.token(t).word();
        return Character.isUpperCase(w.codePointAt(0)) || FunctionWords.NAME_JOINERS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "“We will sign,” she said, “but not today.”": one utterance that the cue splits in two is one
     * statement, from the first part's opening to the second's end, its text the two parts joined
     * by " … ". Parts are joined when they have the same speakers, stand in one paragraph, and only
     * the cue's words (at most {@value #SPLIT_GAP_WORDS}, with no second verb of saying: "she said,
     * adding, “…”" is two statements) or nothing but punctuation lie between.
     */
    private List<Statement> joinSplitQuotes(List<Statement> quotes) {
        List<Statement> out = new ArrayList<>();
        for (Statement q : quotes) {
            Statement previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && isSplit(previous, q)) {
                out.set(out.size() - 1, new Statement(StatementKind.DIRECT, previous.speakers(),
                        previous.text() + " … " + q.text(), previous.begin(), q.end(), previous.sentence(), previous.cue(),
                        previous.cueBegin(), List.of(), List.of(), AttributionRule.QUOTE_SPLIT.alone(), Math.min(previous.confidence(), q.confidence()),
                        false, false));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    private boolean isSplit(Statement first, Statement second) {
        if (first.fragment() || second.fragment() || !first.speakers().equals(second.speakers()) || second.begin() < first.end()) {
            return false;
        }
        String gap = article.article().text().substring(first.end(), second.begin());
        long words = java.util.Arrays.stream(gap.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
        boolean cueBetween = first.cueBegin() >= first.end() && first.cueBegin() < second.begin()
                || second.cueBegin() >= first.end() && second.cueBegin() < second.begin();
        return !gap.contains("\n") && (words == 0 || cueBetween && words <= SPLIT_GAP_WORDS && speechVerbsIn(first.end(), second.begin()) < 2);
    }

    /** The verbs of saying between two offsets: "“…,” she said, adding, “…”" has two, and two statements. */
    private long speechVerbsIn(int begin, int end) {
        return article.tokens().stream().filter(t -> t.begin() >= begin && t.end() <= end && isSpeechVerb(t)).count();
    }

    private Statement attribute(QuoteSpan q, Quote raw, List<Statement> earlier) {
        for (Statement r : reported) {
            if (r.kind() == StatementKind.REPORTED && r.begin() <= q.begin() && q.begin() < r.end()) {
                return statement(q, r.speakers(), r.cue(), r.cueBegin(), AttributionRule.FRAGMENT.alone(), true);
            }
        }
        Statement bySignature = bySignature(raw);
        if (bySignature != null) {
            return bySignature;
        }
        Statement byNameAfter = byNameAfter(q);
        if (byNameAfter != null) {
            return byNameAfter;
        }
        Statement byCue = byCue(q);
        if (byCue != null) {
            return byCue;
        }
        Statement byCueAfter = byCueAfter(q);
        if (byCueAfter != null) {
            return byCueAfter;
        }
        Statement byColon = byColon(q);
        if (byColon != null) {
            return byColon;
        }
        Statement byLeadIn = byLeadIn(q);
        if (byLeadIn != null) {
            return byLeadIn;
        }
        Statement previous = lastOutermost(earlier);
        if (fillsSentence(q) && previous != null) {
            if (q.sentence() - previous.sentence() <= 2) {
                return statement(q, previous.speakers(), previous.cue(), -1, AttributionRule.CONTINUATION.alone(), false);
            }
        }
        return byCoreNlp(q, raw);
    }

    /**
     * The last quote found that stands inside no other: "“Allies came back ‘rattled’ by him,”
     * Okafor said." ends with the inner ‘rattled’, but the next quote goes on from Okafor's.
     */
    private static Statement lastOutermost(List<Statement> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Statement e = earlier.get(i);
            if (earlier.stream().noneMatch(o -> o != e && Continuations.encloses(o, e))) {
                return e;
            }
        }
        return null;
    }

    private Statement byCue(QuoteSpan q) {
        for (int s : q.sentences()) {
            Parse parse = new Parse(article.sentences().get(s));
            for (int head : heads(parse, q)) {
                Statement found = climb(parse, head, q);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * "“Who would have thought it?” Okafor said, smiling.": a quote ending in "?" or "!" ends its
     * sentence for the splitter, and its cue opens the next one. The cue must come within the first
     * {@value #CUE_AFTER_WORDS} words of that sentence, in the same paragraph, with a speaker and
     * nothing it reports of its own (no clause or object after it).
     */
    private Statement byCueAfter(QuoteSpan q) {
        int last = q.sentences().stream().mapToInt(Integer::intValue).max().orElse(-1);
        if (last < 0 || last + 1 >= article.sentences().size()) {
            return null;
        }
        Sentence next = article.sentences().get(last + 1);
        if (article.article().text().substring(q.end(), next.begin()).contains("\n")
                || article.sentences().get(last).endToken() > q.endToken() + 1) {
            return null;
        }
        Parse parse = new Parse(next);
        for (int t = next.firstToken(); t < Math.min(next.endToken(), next.firstToken() + CUE_AFTER_WORDS); t++) {
            boolean reportsNothing = parse.children(t, "ccomp").isEmpty() && parse.children(t, "obj").isEmpty();
            if (isSpeechVerb(article.token(t)) && reportsNothing) {
                Attribution who = speakers.speakerOf(parse, t);
                return who == null ? null : statement(q, who.speakers(), article.token(t).word(), article.token(t).begin(),
                        AttributionRule.QUOTE.with(who.rule()), false);
            }
        }
        return null;
    }

    /**
     * "“…,” Okafor said": a name and a finite verb of saying right after the closing mark give the
     * quote its speaker, however the parser took the sentence (it may read "“I'm not,” Okafor
     * said" as a passive).
     */
    private Statement byNameAfter(QuoteSpan q) {
        int t = q.endToken();
        int end = article.sentences().get(article.token(q.endToken() - 1).sentence()).endToken();
        while (t < end && ContentSpans.isPunct(article.token(t))) {
            t++;
        }
        int name = t;
        while (t < end && t - name < MAX_NAME_WORDS && article.token(t).pos().startsWith("NNP")) {
            t++;
        }
        if (t == name || t >= end || !isSpeechVerb(article.token(t)) || !article.token(t).isFinite()) {
            return null;
        }
        List<Entity> who = speakers.index().resolve(t - 1);
        boolean someone = who.size() == 1 && (who.get(0).type() == EntityType.PERSON || who.get(0).type() == EntityType.ORGANIZATION);
        return someone ? statement(q, who, article.token(t).word(), article.token(t).begin(), AttributionRule.QUOTE.with(SpeakerRule.SUBJECT), false)
                : null;
    }

    /** Walks up from a head of the quote, and looks at its attached clauses, for a cue with a speaker. */
    private Statement climb(Parse parse, int head, QuoteSpan q) {
        Set<Integer> candidates = new LinkedHashSet<>();
        int node = head;
        for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
            candidates.add(node);
            node = parse.parent(node);
        }
        candidates.addAll(parse.children(head, "parataxis"));
        candidates.addAll(parse.children(head, "dep"));
        // "“…,” Okafor said" parsed with the cue as the quoted verb's complement: a verb after the closing mark is no complement of it
        parse.children(head, "ccomp").stream().filter(c -> c >= q.endToken()).forEach(candidates::add);
        for (int cue : candidates) {
            if (!q.contains(cue) && isCue(article.token(cue))) {
                Attribution who = speakers.speakerOf(parse, cue);
                if (who != null) {
                    return statement(q, who.speakers(), article.token(cue).word(), article.token(cue).begin(), AttributionRule.QUOTE.with(who.rule()),
                            false);
                }
            }
        }
        return null;
    }

    private boolean isCue(Token t) {
        return isSpeechVerb(t) || t.pos().startsWith("NN") && lexicons.speechNouns().contains(t.lemma());
    }

    private boolean isSpeechVerb(Token t) {
        return t.pos().startsWith("VB") && lexicons.speechVerbs().contains(t.lemma());
    }

    /** Tokens of the quote whose governor lies outside it: where the quote hangs in the sentence. */
    private static List<Integer> heads(Parse parse, QuoteSpan q) {
        List<Integer> heads = new ArrayList<>();
        int from = Math.max(q.firstToken(), parse.sentence().firstToken());
        int to = Math.min(q.endToken(), parse.sentence().endToken());
        for (int t = from; t < to; t++) {
            if (!q.contains(parse.parent(t))) {
                heads.add(t);
            }
        }
        return heads;
    }

    /** "Keller: “…”" — the entity right before a colon that opens the quote. */
    /**
     * "“…” — Anna Keller" at the end of a line: a dash after the closing mark, then the name that
     * signs the quote (reader comments, epigraphs, collected reactions).
     */
    private Statement bySignature(Quote raw) {
        String text = article.article().text();
        int i = raw.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || DASHES.indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', i);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        List<Entity> signed = speakers.index().namedWithin(i, end);
        QuoteSpan span = QuoteSpan.of(article, raw, QUOTE_MARKS);
        return signed.size() != 1 || span == null ? null
                : statement(span, signed, "―", i, AttributionRule.QUOTE_SIGNATURE.alone(), false);
    }

    private Statement byColon(QuoteSpan q) {
        int colon = q.firstToken() - 2;
        if (colon < 1 || !article.token(colon).word().equals(":")) {
            return null;
        }
        List<Entity> who = speakers.index().resolve(colon - 1);
        return who.isEmpty() ? null : statement(q, who, ":", article.token(colon).begin(), AttributionRule.COLON.alone(), false);
    }

    /**
     * A quote in a list item that starts with a verb of saying ("- Welcomed progress on “…”"),
     * or a quote after a line that ends with a colon and a cue ("… stating:"): the speaker is the
     * item's heading, or the lead-in's.
     */
    private Statement byLeadIn(QuoteSpan q) {
        var sentence = article.sentences().get(q.sentence());
        int first = Parse.firstWord(article.tokens(), sentence.firstToken(), q.firstToken());
        if (first < q.firstToken() && isCue(article.token(first)) && speakers.startsWithVerb(sentence)) {
            Attribution who = speakers.heading(sentence);
            if (who != null) {
                return statement(q, who.speakers(), article.token(first).word(), article.token(first).begin(),
                        AttributionRule.QUOTE_LIST_ITEM.alone(), false);
            }
        }
        return q.sentence() > 0 && first >= q.firstToken() - 1 ? byColonLine(q) : null;
    }

    private Statement byColonLine(QuoteSpan q) {
        var previous = article.sentences().get(q.sentence() - 1);
        if (!article.token(previous.endToken() - 1).word().equals(":")) {
            return null;
        }
        Parse parse = new Parse(previous);
        for (int t = previous.endToken() - 2; t >= previous.firstToken(); t--) {
            if (isCue(article.token(t))) {
                Attribution who = speakers.speakerOf(parse, t);
                if (who != null) {
                    return statement(q, who.speakers(), article.token(t).word(), article.token(t).begin(),
                            AttributionRule.QUOTE_LEAD_IN.alone(), false);
                }
            }
        }
        return null;
    }

    private boolean fillsSentence(QuoteSpan q) {
        var s = article.sentences().get(q.sentence());
        return (double) (q.endToken() - q.firstToken()) / (s.endToken() - s.firstToken()) >= FILLS_SENTENCE;
    }

    private Statement byCoreNlp(QuoteSpan q, Quote raw) {
        if (!raw.hasSpeaker() || q.text().split("\\s+").length < MIN_WORDS_FOR_CORENLP) {
            return null;
        }
        for (Token t : article.tokens()) {
            if (t.begin() >= raw.speakerBegin() && t.end() <= raw.speakerEnd()) {
                List<Entity> who = speakers.index().resolve(t.index());
                if (!who.isEmpty()) {
                    return statement(q, who, "", -1, AttributionRule.CORENLP.alone(), false);
                }
            }
        }
        return null;
    }

    /**
     * A quote inside a sentence whose cue also reports a clause or phrase around it ("Okafor
     * called the plan “reckless” because …", the reported content cut short of the quote) is a
     * quoted fragment of that report, as one inside its content is; not a quote that opens its
     * sentence, which is an utterance of its own.
     */
    private Statement asFragmentOfReport(Statement quote) {
        boolean reports = quote.method().rule() == AttributionRule.QUOTE && quote.cueBegin() >= 0 && !opensSentence(quote) && reported.stream()
                .anyMatch(r -> r.kind() != StatementKind.DIRECT && r.cueBegin() == quote.cueBegin() && r.sentence() == quote.sentence());
        return reports ? quote.asFragment() : quote;
    }

    /**
     * A quotation the writer's own sentence runs into, opening in lower case right after a word
     * ("called the plan “reckless and late.”", "remains “a work in progress”", whose speaker only
     * CoreNLP's quote attribution gives): a quoted fragment of what was said, not an utterance of
     * its own, which a colon, a comma or a capital opens ("said: “We will sign.”", "said “We will sign”").
     */
    private Statement asEmbeddedFragment(Statement quote) {
        if (quote.fragment() || quote.method().rule() != AttributionRule.QUOTE && quote.method().rule() != AttributionRule.CORENLP) {
            return quote;
        }
        Token first = article.tokenAt(quote.begin()).orElse(null);
        int t = first == null ? -1 : first.index() - 1;
        while (t >= 0 && QUOTE_MARKS.contains(article.token(t).word())) {
            t--; // the opening marks
        }
        boolean runsIn = t >= 0 && article.token(t).sentence() == quote.sentence() && isWord(t);
        return runsIn && Character.isLowerCase(first.word().codePointAt(0)) ? quote.asFragment() : quote;
    }

    /** Whether no word of its sentence stands before the quote: an utterance of its own ("“We will sign,” she said"). */
    private boolean opensSentence(Statement quote) {
        Sentence s = article.sentences().get(quote.sentence());
        return article.tokens().subList(s.firstToken(), s.endToken()).stream()
                .noneMatch(t -> t.end() <= quote.begin() && isWord(t.index()));
    }

    private Statement statement(QuoteSpan q, List<Entity> who, String cue, int cueBegin, AttributionMethod method,
                                boolean fragment) {
        return new Statement(StatementKind.DIRECT, who, q.text(), q.begin(), q.end(), q.sentence(), cue, cueBegin, List.of(),
                List.of(), method, method.confidence(), fragment, false);
    }
}
