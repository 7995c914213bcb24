package org.summitkg.extract.statement;

import java.util.List;
import java.util.function.Predicate;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Reported speech found by the layout of a line or sentence rather than by the parse of a cue:
 * list items under a heading that names the speaker ("- Warned the envoys against …"), a cue at
 * the end of a sentence the parser made no sense of ("The fees will fall, officials said."), and
 * "according to X" before or after what X says.
 *
 * <pre>{@code
 * layout.accordingTo(parse, out); // "According to the ministry, the pier will close." → the ministry: "the pier will close"
 * }</pre>
 */
final class LayoutCues {
    /** "…, said X on Monday in a statement.": how far from the end a trailing cue may stand. */
    private static final int TRAILING_TAIL = 8;
    /** "…, a senior campaign official said": how long the subject before a trailing cue may be. */
    private static final int TRAILING_SUBJECT = 6;
    /** "has a lead in the poll": how many words up from the phrase's noun its clause's head may be. */
    private static final int MAX_CLAUSE_CLIMB = 3;

    /** Makes a statement of a cue and its content span, as the clause rules do. */
    interface Adder {
        void add(List<Statement> out, Parse parse, int cue, int[] span);
    }

    /** How a headline inflects a verb in the present: "urges", "slams", "criticizes", "replies", "they blast". */
    private static final String[][] HEADLINE_ENDINGS = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}, {"", ""}};
    private final AnnotatedArticle article;
    private final Lexicons lexicons;
    private final SpeakerFinder speakers;
    private final ContentSpans spans;
    private final Predicate<Token> verbCue;
    private final Adder adder;

    LayoutCues(AnnotatedArticle article, Lexicons lexicons, SpeakerFinder speakers, ContentSpans spans, Predicate<Token> verbCue, Adder adder) {
        this.article = article;
        this.lexicons = lexicons;
        this.speakers = speakers;
        this.spans = spans;
        this.verbCue = verbCue;
        this.adder = adder;
    }

    /**
     * "- Warned the envoys against …" under a heading that names the speaker: the parser
     * rarely makes sense of such items, so the content is the rest of the line after the verb.
     */
    void listItem(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        int cue = firstWord(s);
        if (cue < 0 || !verbCue.test(article.token(cue)) || !speakers.startsWithVerb(s)) {
            return;
        }
        int[] span = spans.trim(new int[] {cue + 1, s.endToken() - 1}, cue);
        span = span != null && spans.isContent(span) ? span : null;
        Attribution who = speakers.heading(s);
        if (span != null && who != null) {
            int begin = article.token(span[0]).begin();
            int end = article.token(span[1]).end();
            out.add(new Statement(StatementKind.REPORTED, who.speakers(), article.text(begin, end), begin, end,
                    s.index(), article.token(cue).word(), article.token(cue).begin(), AttributionRule.REPORTED_LIST_ITEM.alone()));
        }
    }

    /**
     * "The fees will fall, port officials said on Monday." and "…, said a spokeswoman." by the
     * shape of the words when the parse makes no sense of them: a comma, a short subject and a
     * verb of saying (either order), then at most a few words of time or place before the end.
     * The content is everything before the comma.
     */
    void trailingCue(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        int end = lastWord(s);
        for (int cue = end; cue > s.firstToken() + ContentSpans.MIN_CONTENT_TOKENS && cue >= end - TRAILING_TAIL; cue--) {
            Token t = article.token(cue);
            if (!t.pos().matches("VB[DPZ]?") || !lexicons.speechVerbs().contains(t.lemma())) {
                continue;
            }
            if (introducesWhatFollows(cue, end)) {
                return; // "Asked whether …, he said: “It is too early.”": the quote is what was said
            }
            int comma = commaBefore(cue, s);
            int[] span = comma > s.firstToken() + ContentSpans.MIN_CONTENT_TOKENS ? spans.withoutPunctuation(new int[] {s.firstToken(), comma - 1})
                    : null;
            if (span != null && spans.isContent(span)) {
                adder.add(out, parse, cue, span);
            }
            return;
        }
    }

    /** Whether a colon or an opening quotation mark follows the cue before {@code end}: the cue introduces what comes after it. */
    private boolean introducesWhatFollows(int cue, int end) {
        for (int t = cue + 1; t <= end; t++) {
            String pos = article.token(t).pos();
            if (pos.equals(":") || pos.equals("``")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ada Okafor, a pilot who has worked the harbour for years, said the ferry is late again"
     * when the parse makes no sense of it: the first verb of saying (finite, unquoted) with a
     * clause after it, to the end of the sentence, which is what was said.
     */
    void leadingCue(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        int end = lastWord(s);
        for (int cue = s.firstToken() + 1; cue < end - ContentSpans.MIN_CONTENT_TOKENS; cue++) {
            Token t = article.token(cue);
            if (!t.pos().matches("VB[DPZ]") || !lexicons.speechVerbs().contains(t.lemma()) || lexicons.hearerVerbs().contains(t.lemma())
                    || spans.inQuote(t)) {
                continue;
            }
            if (quotedBefore(s, cue)) {
                return; // "“We will see,” she said, …": the cue of the quote
            }
            int first = FunctionWords.THAT.contains(article.token(cue + 1).word()) ? cue + 2 : cue + 1;
            int[] span = spans.withoutPunctuation(new int[] {first, end});
            if (span != null && spans.isContent(span) && isClause(span)) {
                int size = out.size();
                adder.add(out, parse, cue, span);
                List<Entity> who = out.size() == size ? leadingName(parse, cue) : List.of();
                if (!who.isEmpty()) {
                    int from = article.token(span[0]).begin();
                    int to = article.token(span[1]).end();
                    out.add(new Statement(StatementKind.REPORTED, who, article.text(from, to), from, to, s.index(), t.word(), t.begin(),
                            AttributionRule.REPORTED_LEADING_CUE.alone()));
                }
            }
            return;
        }
    }

    /**
     * "The pilot resigned on Friday, saying the ferry was unsafe", where the parse took the
     * participle for a modifier or a marker of the clause after it: a participle of a verb of
     * saying right after a comma, with no complement of its own, reports the clause after it, to
     * the end of the sentence, and its speaker is the subject of the clause the comma closes; not
     * where another statement has that cue or holds those words.
     */
    void participleCue(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        int end = lastWord(s);
        for (int cue = s.firstToken() + 2; cue < end - ContentSpans.MIN_CONTENT_TOKENS; cue++) {
            Token t = article.token(cue);
            if (!t.pos().equals("VBG") || !article.token(cue - 1).word().equals(",") || !lexicons.speechVerbs().contains(t.lemma())
                    || spans.inQuote(t) || !parse.children(cue, "ccomp").isEmpty() || !parse.children(cue, "obj").isEmpty()) {
                continue;
            }
            int head = parse.parent(cue - 1);
            int first = FunctionWords.THAT.contains(article.token(cue + 1).word()) ? cue + 2 : cue + 1;
            int[] span = spans.withoutPunctuation(new int[] {first, end});
            Attribution who = head >= 0 && head < cue ? speakers.speakerOf(parse, head) : null;
            if (who == null || span == null || !spans.isContent(span) || !isClause(span)) {
                continue;
            }
            int from = article.token(span[0]).begin();
            int to = article.token(span[1]).end();
            if (out.stream().noneMatch(o -> o.cueBegin() == t.begin() || o.begin() < to && from < o.end())) {
                out.add(new Statement(StatementKind.REPORTED, who.speakers(), article.text(from, to), from, to, s.index(), t.word(), t.begin(),
                        AttributionRule.REPORTED.with(who.rule())));
            }
            return;
        }
    }

    /**
     * "Okafor Slams Harbour Plan", "Keller urges calm": a headline, which the tagger often reads as
     * one long name, with a verb of saying or of taking a side (speech-verbs, stance-verbs) in it,
     * inflected, right after a name the article knows: what follows on its line is what was said.
     * Only on the article's first line, and only where no rule found a statement there.
     */
    void headlineCue(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        int lineEnd = article.article().text().indexOf('\n');
        if (lineEnd >= 0 && article.token(s.firstToken()).begin() >= lineEnd) {
            return; // not on the first line
        }
        int end = s.endToken() - 1;
        while (end > s.firstToken() && (spans.isPunct(end) || lineEnd >= 0 && article.token(end).end() > lineEnd)) {
            end--; // to the end of the line, without its punctuation
        }
        for (int cue = s.firstToken() + 1; cue <= end - ContentSpans.MIN_CONTENT_TOKENS + 1; cue++) {
            String verb = baseForm(article.token(cue).word());
            if (verb != null && !spans.inQuote(article.token(cue))) {
                List<Entity> who = headlineSpeaker(s, cue);
                int[] span = spans.withoutPunctuation(new int[] {cue + 1, end});
                if (!who.isEmpty() && span != null && spans.isContent(span)) {
                    int from = article.token(span[0]).begin();
                    int to = article.token(span[1]).end();
                    out.add(new Statement(StatementKind.REPORTED, who, article.text(from, to), from, to, s.index(), article.token(cue).word(),
                            article.token(cue).begin(), AttributionRule.REPORTED_HEADLINE.alone()));
                }
                return;
            }
        }
    }

    /**
     * Who a headline's words before its cue name: the person or body those words name, or the entity
     * the word right before the cue refers to, unless the tagger took the cue into that name.
     */
    private List<Entity> headlineSpeaker(Sentence s, int cue) {
        int first = firstWord(s);
        if (first < 0 || first >= cue) {
            return List.of();
        }
        Entity named = speakers.index().named(article.text(article.token(first).begin(), article.token(cue - 1).end()));
        if (named != null) {
            return List.of(named);
        }
        List<Entity> resolved = speakers.index().resolve(cue - 1);
        return resolved.stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> m.firstToken() <= cue && cue < m.endToken())) ? List.of() : resolved;
    }

    /** The verb of saying or of taking a side a headline word inflects ("Slams", "urges", "Criticizes"), or null. */
    private String baseForm(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String[] ending : HEADLINE_ENDINGS) {
            if (w.endsWith(ending[0])) {
                String base = w.substring(0, w.length() - ending[0].length()) + ending[1];
                if (lexicons.speechVerbs().contains(base) || lexicons.stanceVerbs().contains(base)) {
                    return base;
                }
            }
        }
        return null;
    }

    /**
     * The name that opens the sentence and stands right before the cue, or before an aside in
     * commas that ends at it ("Ada Okafor, a pilot who …, said"), as an entity; none otherwise.
     */
    private List<Entity> leadingName(Parse parse, int cue) {
        int first = firstWord(parse.sentence());
        if (first < 0 || !article.token(first).pos().startsWith("NNP")) {
            return List.of();
        }
        int last = first;
        while (last + 1 < cue && article.token(last + 1).pos().startsWith("NNP")) {
            last++;
        }
        boolean aside = article.token(last + 1).word().equals(",") && article.token(cue - 1).word().equals(",");
        return last + 1 == cue || aside ? speakers.source(parse, last) : List.of();
    }

    /** The sentence's last token that is not punctuation. */
    private int lastWord(Sentence s) {
        int end = s.endToken() - 1;
        while (end > s.firstToken() && spans.isPunct(end)) {
            end--;
        }
        return end;
    }

    private boolean quotedBefore(Sentence s, int cue) {
        for (int t = s.firstToken(); t < cue; t++) {
            if (spans.inQuote(article.token(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words open with a clause: not with a preposition, an adverb or a conjunction
     * ("in an interview with …"), and with a finite verb before any comma that no wh-word opens
     * ("Okafor, a pilot whose boat …" is the speaker put after the cue, not what was said).
     */
    private boolean isClause(int[] span) {
        if (article.token(span[0]).pos().matches("IN|TO|RB|CC|,")) {
            return false;
        }
        for (int t = span[0]; t <= span[1] && !article.token(t).word().equals(","); t++) {
            if (article.token(t).pos().matches("VB[DPZ]|MD") && (t == span[0] || !article.token(t - 1).pos().startsWith("W"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that opens "…, officials said" (at most {@value #TRAILING_SUBJECT} words before the
     * cue) or "…, said the mayor" (a noun right after the cue), or -1.
     */
    private int commaBefore(int cue, Sentence s) {
        for (int i = cue - 1; i >= Math.max(s.firstToken(), cue - TRAILING_SUBJECT - 1); i--) {
            String w = article.token(i).word();
            if (w.equals(",")) {
                boolean inverted = cue + 1 < s.endToken() && article.token(cue + 1).pos().matches("NN.*|DT|PRP");
                return i < cue - 1 || inverted ? i : -1;
            }
            if (spans.isPunct(i) || article.token(i).pos().startsWith("VB")) {
                return -1;
            }
        }
        return -1;
    }

    private int firstWord(Sentence s) {
        int t = Parse.firstWord(article.tokens(), s.firstToken(), s.endToken());
        return t < s.endToken() ? t : -1;
    }

    /** "According to the ministry, the meeting …": speaker from the phrase, content the rest of the clause. */
    void accordingTo(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        for (int t = s.firstToken(); t + 1 < s.endToken(); t++) {
            if (!FunctionWords.ACCORDING_TO.startsAt(article.tokens(), t)) {
                continue;
            }
            int source = sourceAfter(parse, t + 2);
            if (source < 0) {
                continue;
            }
            List<Entity> who = speakers.source(parse, source);
            boolean leading = t <= s.firstToken() + 1 || !spans.hasTag(s.firstToken(), t, p -> p.startsWith("VB")); // "But, according to X, S"
            // "According to X, S" reports what follows; "S, according to X" what comes before, from an open bracket if one is
            int[] span = spans.withoutPunctuation(leading ? new int[] {sourceEnd(parse, source) + 1, s.endToken() - 1} : new int[] {openBracket(s, t), t - 1});
            if (!who.isEmpty() && span != null && spans.isContent(span)) {
                int begin = article.token(span[0]).begin();
                int end = article.token(span[1]).end();
                out.add(new Statement(StatementKind.REPORTED, who, article.text(begin, end), begin, end, s.index(),
                        String.join(" ", FunctionWords.ACCORDING_TO.words()), article.token(t).begin(),
                        AttributionRule.REPORTED_ACCORDING_TO.alone()));
            }
        }
    }

    /**
     * "In the harbour survey, most ferry users back the timetable", "Okafor leads by nine points
     * in the latest poll": a document of findings ({@code finding-sources} lexicon) cited with
     * "in" before or after a clause reports that clause, and is its source. A clause some cue
     * already reports ("In a statement, the board said …") is left to it.
     */
    void inFinding(Parse parse, List<Statement> out) {
        Sentence s = parse.sentence();
        for (int n = s.firstToken(); n < s.endToken(); n++) {
            Token noun = article.token(n);
            int head = clauseOf(parse, n);
            if (!noun.pos().startsWith("NN") || !lexicons.findingSources().contains(noun.lemma()) || head < 0
                    || !FunctionWords.FINDING_PREPOSITIONS.contains(preposition(parse, n)) || verbCue.test(article.token(head))) {
                continue;
            }
            int[] clause = citedClause(parse.span(head), parse.span(n));
            int[] span = clause == null ? null : spans.withoutPunctuation(clause);
            List<Entity> who = speakers.source(parse, n);
            if (span == null || who.isEmpty() || !spans.isContent(span)) {
                continue;
            }
            int begin = article.token(span[0]).begin();
            int end = article.token(span[1]).end();
            if (out.stream().anyMatch(o -> o.begin() < end && begin < o.end())) {
                continue;
            }
            int cue = parse.children(n, "case").get(0);
            out.add(new Statement(StatementKind.REPORTED, who, article.text(begin, end), begin, end, s.index(),
                    article.token(cue).word(), article.token(cue).begin(), AttributionRule.REPORTED_IN_FINDING.alone()));
        }
    }

    /**
     * The head of the clause a phrase of "in" qualifies, up from its noun through the words the
     * phrase may hang from ("has a lead in the poll", "remains mired in fourth in the survey"), or
     * -1: the first with a subject of its own.
     */
    private static int clauseOf(Parse parse, int n) {
        if (!parse.relation(n).startsWith("obl") && !parse.relation(n).startsWith("nmod")) {
            return -1;
        }
        int t = parse.parent(n);
        for (int step = 0; step < MAX_CLAUSE_CLIMB && t >= 0; step++) {
            if (!parse.children(t, "nsubj").isEmpty()) {
                return t;
            }
            String rel = parse.relation(t);
            t = rel.equals("obj") || rel.equals("xcomp") ? parse.parent(t) : -1;
        }
        return -1;
    }

    /**
     * The clause without the phrase that cites its source, when the phrase leads or ends it, or
     * ends the clause before a comma or a conjunction ("Okafor fell to third in the poll, a
     * drop …", "… in the poll and kept …": what the poll found ends there); else null.
     */
    private int[] citedClause(int[] clause, int[] phrase) {
        if (onlyJoiners(clause[0], phrase[0] - 1)) {
            return new int[] {phrase[1] + 1, clause[1]};
        }
        boolean ends = phrase[1] >= clause[1] || onlyJoiners(phrase[1] + 1, clause[1]) || onlyJoiners(phrase[1] + 1, phrase[1] + 1);
        return ends ? new int[] {clause[0], phrase[0] - 1} : null;
    }

    /** Whether the tokens from {@code from} to {@code to} are only punctuation and conjunctions ("But, in …"). */
    private boolean onlyJoiners(int from, int to) {
        for (int t = from; t <= to; t++) {
            if (!ContentSpans.isPunct(article.token(t)) && !article.token(t).pos().equals("CC")) {
                return false;
            }
        }
        return true;
    }

    private String preposition(Parse parse, int n) {
        List<Integer> cases = parse.children(n, "case");
        return cases.isEmpty() ? "" : article.token(cases.get(0)).word();
    }

    /** "… her claim (the figure is lower, according to the census)": the token after a bracket still open at {@code t}, else the sentence's first. */
    private int openBracket(Sentence s, int t) {
        for (int b = t - 1; b >= s.firstToken(); b--) {
            String pos = article.token(b).pos();
            if (pos.equals("-RRB-")) {
                return s.firstToken();
            }
            if (pos.equals("-LRB-")) {
                return b + 1;
            }
        }
        return s.firstToken();
    }

    /**
     * The last token of the source's phrase: "According to early results of polls taken in May,
     * turnout fell" ends at "May", where a comma closes it (the phrase's own, or else the first
     * after the source); else the source's own word.
     */
    private int sourceEnd(Parse parse, int source) {
        int last = parse.sentence().endToken() - 1;
        int end = parse.span(source)[1];
        if (end < last && article.token(end + 1).word().equals(",")) {
            return end;
        }
        for (int t = source + 1; t < last; t++) {
            if (article.token(t).word().equals(",")) {
                return t - 1; // a parse that lost the phrase: the first comma closes it
            }
        }
        return source;
    }

    private int sourceAfter(Parse parse, int from) {
        for (int t = from; t < Math.min(from + 6, parse.sentence().endToken()); t++) {
            if (article.token(t).pos().startsWith("NN") && (t + 1 >= parse.sentence().endToken()
                    || !article.token(t + 1).pos().startsWith("NN"))) {
                return t;
            }
        }
        return -1;
    }
}
