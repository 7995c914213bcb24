package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityIndex;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Finds the turns of a transcript or interview: a line that starts with a speaker's name and a
 * colon ("KELLER: We will not sign.", "Anna Keller: …", "Keller: ‘We will not sign.’"). The words
 * after the colon, to the end of the line and without the quote marks that wrap them, are the
 * speaker's own: a direct statement (a quote mark before the name is allowed, as when a
 * transcript is quoted paragraph by paragraph). A line that starts with the name of an
 * organisation ("Harbour Ledger: Ferry fares to double", as headlines credit a report) is that
 * body's reported statement, and so is a line that starts with a document of findings ("Survey:
 * Okafor leads by nine points", the {@code finding-sources} lexicon). Only a name that stands for
 * a person or organisation the article names elsewhere, or such a document, counts, so "Note:" or
 * "Read more:" are not speakers. A kicker in capitals and a dash may stand before the name
 * ("EXCLUSIVE – Keller: …").
 */
final class TranscriptFinder {
    private static final Pattern TURN = Pattern.compile(
            "(?m)^[ \\t]*(?:\\p{Lu}{2,}[ \\t]*[–—-][ \\t]*)?[“\"]?((?:[\\p{Lu}][\\p{L}.'’-]*[ \\t]+){0,3}[\\p{Lu}][\\p{L}.'’-]*)"
            + "(?:[ \\t]*\\([^()\\n]{1,40}\\))?[ \\t]*:(?:[ \\t]+|(?=[“\"]))(?=[^ \\t\\n])(.+)$");
    private static final int MIN_WORDS = 3;
    /** An article's first line with a colon: the words before it, and after it to the end of the line. */
    private static final Pattern HEADLINE = Pattern.compile("[ \\t]*(\\p{Lu}[^:\\n]{0,80}?)[ \\t]*:[ \\t]+(?=[^ \\t\\n])([^\\n]+)");
    /** The label of an interview's questions, then of its answers ({@code interview-turns}), as written: "Q", "A". */
    private static final String QUESTION = FunctionWords.INTERVIEW_TURNS.words().get(0).toUpperCase(Locale.ROOT);
    private static final String ANSWER = FunctionWords.INTERVIEW_TURNS.words().get(1).toUpperCase(Locale.ROOT);
    /** A line of an interview: its label, and what follows the label to the end of the line. */
    private static final Pattern INTERVIEW_TURN = Pattern.compile("(?m)^[ \\t]*(" + Pattern.quote(QUESTION) + "|" + Pattern.quote(ANSWER)
            + ")[ \\t]*[:.][ \\t]+(?=[^ \\t\\n])(.+)$");
    /** How many of a headline's first words may be the name of whom it credits. */
    private static final int MAX_NAME_WORDS = 3;

    private final AnnotatedArticle article;
    private final EntityIndex index;
    private final Lexicon findingSources;

    TranscriptFinder(AnnotatedArticle article, EntityIndex index, Lexicon findingSources) {
        this.article = article;
        this.index = index;
        this.findingSources = findingSources;
    }

    List<Statement> find() {
        List<Statement> out = new ArrayList<>();
        String text = article.article().text();
        Matcher m = TURN.matcher(text);
        while (m.find()) {
            int[] said = unquoted(text, m.start(2), withoutClosingMark(text, m.start(1), trimEnd(text, m.end(2))));
            addTurn(out, speaker(m.group(1), m.start(1)), said, m.group(2), m.end(1));
        }
        if (out.isEmpty()) {
            headline(text, out);
        }
        out.addAll(answers(text));
        return out;
    }

    /**
     * "Okafor on the Harbour Plan: ‘It Will Not Pass’", "Keller to Ferry Crews: We Will Sign": an
     * article's first line whose first words name a person (or organisation) the article names,
     * with words about the occasion before a colon, credits what follows the colon to them.
     */
    private void headline(String text, List<Statement> out) {
        Matcher line = HEADLINE.matcher(text);
        if (!line.lookingAt()) {
            return;
        }
        Entity speaker = null;
        String[] words = line.group(1).split("[ \\t]+");
        // the shortest run of capitalised first words that names someone: "Okafor To Ferry Crews" is Okafor, not "Crews"
        for (int n = 1; n <= Math.min(MAX_NAME_WORDS, words.length) && speaker == null && Character.isUpperCase(words[n - 1].charAt(0)); n++) {
            speaker = index.named(String.join(" ", Arrays.copyOf(words, n)));
        }
        addTurn(out, speaker, unquoted(text, line.start(2), trimEnd(text, line.end(2))), line.group(2), line.end(1));
    }

    /**
     * A turn's statement, when someone speaks it and it has words enough ({@code words}, as the
     * line gives them): a person's turn is their own words; what a line credits to an outlet or
     * body is its report. {@code cue} is the offset of the colon.
     */
    private void addTurn(List<Statement> out, Entity speaker, int[] said, String words, int cue) {
        Token first = tokenAt(said[0]);
        if (speaker == null || first == null || said[1] <= said[0] || words.trim().split("\\s+").length < MIN_WORDS) {
            return;
        }
        String text = article.article().text();
        boolean person = speaker.type() == EntityType.PERSON;
        AttributionRule rule = person ? AttributionRule.QUOTE_TRANSCRIPT : AttributionRule.REPORTED_HEADLINE;
        out.add(new Statement(person ? StatementKind.DIRECT : StatementKind.REPORTED, List.of(speaker), text.substring(said[0], said[1]),
                said[0], said[1], first.sentence(), ":", cue, rule.alone()));
    }

    /**
     * The answers of a question-and-answer interview ("Q: Is the port growing?" / "A: It is, and
     * …"), labelled as the {@code interview-turns} row of the function words says: each answer after
     * a question is the words of the person the article names most before its first question.
     */
    private List<Statement> answers(String text) {
        Matcher turn = INTERVIEW_TURN.matcher(text);
        List<Statement> out = new ArrayList<>();
        Entity interviewee = null;
        boolean asked = false;
        while (turn.find()) {
            if (turn.group(1).equals(QUESTION)) {
                interviewee = asked ? interviewee : mostNamedBefore(turn.start());
                asked = true;
            } else if (asked && interviewee != null) {
                addTurn(out, interviewee, new int[] {turn.start(2), trimEnd(text, turn.end(2))}, turn.group(2), turn.end(1));
            }
        }
        return out;
    }

    /** The person named most often before {@code offset} (the first so named on a tie), or null. */
    private Entity mostNamedBefore(int offset) {
        Entity best = null;
        long most = 0;
        for (Entity e : index.entities()) {
            long n = e.type() == EntityType.PERSON ? e.mentions().stream().filter(m -> m.end() <= offset).count() : 0;
            if (n > most) {
                best = e;
                most = n;
            }
        }
        return best;
    }

    /** Who a turn's name stands for ({@link EntityIndex#named}), or a document of findings a headline credits. */
    private Entity speaker(String name, int nameBegin) {
        Entity named = index.named(name);
        return named != null || !findingSources.contains(name.toLowerCase(Locale.ROOT)) ? named : document(name, nameBegin);
    }

    /** A document of findings a headline credits ("Poll: Okafor leads by nine points"): a group of its own, as described speakers are. */
    private Entity document(String name, int begin) {
        Token first = tokenAt(begin);
        if (first == null) {
            return null;
        }
        Mention m = new Mention(name, begin, begin + name.length(), first.sentence(), first.index(), first.index() + 1, MentionKind.NOMINAL);
        return new Entity(name, Names.key(name), EntityType.GROUP, List.of(m));
    }

    /**
     * A turn that is one quotation ("Keller: ‘We will not sign.’", as headlines quote a person)
     * without its marks; one that only opens with a quotation ("‘Fair’ deal, says Keller") as it stands.
     */
    private static int[] unquoted(String text, int begin, int end) {
        boolean wrapped = end - begin > 2 && Quotes.OPENING.indexOf(text.charAt(begin)) >= 0 && Quotes.CLOSING.indexOf(text.charAt(end - 1)) >= 0;
        for (int i = begin + 1; wrapped && i < end - 1; i++) {
            wrapped = !(Quotes.OPENING.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i - 1)));
        }
        return wrapped ? new int[] {begin + 1, end - 1} : new int[] {begin, end};
    }

    /** "“Keller: We will not sign.”": the end before the closing mark of a quotation opened before the name. */
    private static int withoutClosingMark(String text, int name, int end) {
        boolean opened = name > 0 && Quotes.OPENING.indexOf(text.charAt(name - 1)) >= 0;
        return opened && end > name && Quotes.CLOSING.indexOf(text.charAt(end - 1)) >= 0 ? end - 1 : end;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private Token tokenAt(int offset) {
        for (Token t : article.tokens()) {
            if (t.end() > offset) {
                return t;
            }
        }
        return null;
    }
}
