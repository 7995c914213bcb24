package org.summitkg.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * How an event mention stands, from the words of its own clause: its status (happened, proposed,
 * hypothetical) and its marks (the next of a series, joint, untensed, asked).
 */
final class EventStatusReader {
    private final AnnotatedArticle article;
    private final EventLexicon lexicon;

    EventStatusReader(AnnotatedArticle article, EventLexicon lexicon) {
        this.article = article;
        this.lexicon = lexicon;
    }

    Set<Event.Mark> marks(Parse parse, int trigger, int anchor) {
        Set<Event.Mark> out = java.util.EnumSet.noneOf(Event.Mark.class);
        if (modifiedBy(parse, trigger, anchor, lexicon.continuation()::contains)) {
            out.add(Event.Mark.NEXT);
        }
        if (modifiedBy(parse, trigger, anchor, FunctionWords.JOINT::contains)) {
            out.add(Event.Mark.JOINT);
        }
        if (isUntensed(parse, trigger)) {
            out.add(Event.Mark.UNTENSED);
        }
        if (article.token(parse.sentence().endToken() - 1).word().equals("?")) {
            out.add(Event.Mark.ASKED);
        }
        return out;
    }

    /** Whether such a word modifies the event word or the phrase it heads: "the next meeting", "another round of talks", "their joint remarks". */
    private boolean modifiedBy(Parse parse, int trigger, int anchor, java.util.function.Predicate<String> words) {
        for (int head : new LinkedHashSet<>(List.of(trigger, anchor))) {
            for (String rel : List.of("amod", "compound", "det", "advmod")) {
                for (int c : parse.children(head, rel)) {
                    if (words.test(article.token(c).word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether no verb, auxiliary or copula stands above the event word: a heading or a list item ("Talks with Freedonia: what next"). */
    private boolean isUntensed(Parse parse, int trigger) {
        for (int t = trigger; t >= 0; t = parse.parent(t)) {
            String pos = article.token(t).pos();
            if (pos.startsWith("VB") || pos.equals("MD") || !parse.children(t, "cop").isEmpty() || !parse.children(t, "aux").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hypothetical under "if"/"unless" or a modal perfect (but a definite event a negated one
     * denies, "the strike would never have happened", happened); proposed near words of proposal or a
     * modal; else happened. Only the event word's own clause counts: the words up to the first
     * verb above it that has a subject.
     */
    EventStatus status(Parse parse, int trigger) {
        Set<Integer> around = new LinkedHashSet<>();
        for (int t = trigger, below = trigger, step = 0; t >= 0 && step < 4; below = t, t = parse.parent(t), step++) {
            if (t != trigger && isPresupposed(parse, trigger, below, t)) {
                break; // "the meeting may not have changed much": the verb's modality is not the meeting's
            }
            around.add(t);
            for (String rel : List.of("aux", "mark", "amod", "advmod")) {
                around.addAll(parse.children(t, rel));
            }
            if (t == trigger && parse.relation(t).equals("xcomp")) {
                around.addAll(parse.children(parse.parent(t), "obj")); // "announced his plan to visit": the clause is the noun's
            }
            if (t != trigger && isClause(parse, t)) {
                break; // "since the mayor attended a summit in 2019": the event's own clause says how it stands
            }
        }
        boolean perfectModal = around.stream().anyMatch(t -> FunctionWords.PERFECT_AUXILIARY.contains(article.token(t).lemma()))
                && around.stream().anyMatch(t -> article.token(t).pos().equals("MD"));
        if (perfectModal && isDefinite(parse, trigger) && around.stream().anyMatch(t -> FunctionWords.NEGATIONS.contains(article.token(t).word()))) {
            return EventStatus.HAPPENED; // "the war would never have happened if …": it did
        }
        if (perfectModal || around.stream().anyMatch(t -> lexicon.hypothetical().contains(article.token(t).word()))) {
            return EventStatus.HYPOTHETICAL;
        }
        boolean proposed = around.stream().anyMatch(t -> t != trigger
                && (lexicon.proposal().contains(article.token(t).lemma()) || lexicon.proposal().contains(article.token(t).word())));
        return proposed ? EventStatus.PROPOSED : EventStatus.HAPPENED;
    }

    /**
     * Whether the event word is definite ("the talks", "their meeting") and the verb above it, through
     * {@code below}, does not bring it about ({@code event-realising.txt}, or a word of proposal with
     * a subject and nothing after it that does: "the talks were expected to address the war"), so that
     * the event is taken as given and the verb's modality is not its own.
     */
    private boolean isPresupposed(Parse parse, int trigger, int below, int verb) {
        if (!isDefinite(parse, trigger) || !article.token(verb).pos().startsWith("VB")) {
            return false;
        }
        if (below != trigger) {
            return true; // "offered insight into the talks": the verb is of another noun, whose own words have counted
        }
        String relation = parse.relation(below);
        if (lexicon.realising().contains(lemma(verb))) {
            return false;
        }
        if (!lexicon.proposal().contains(lemma(verb))) {
            return true;
        }
        List<Integer> then = parse.children(verb, "xcomp");
        return relation.startsWith("nsubj") && !then.isEmpty() && then.stream().noneMatch(x -> lexicon.realising().contains(lemma(x)));
    }

    private boolean isDefinite(Parse parse, int noun) {
        return !parse.children(noun, "nmod:poss").isEmpty()
                || parse.children(noun, "det").stream().anyMatch(d -> FunctionWords.DEFINITE_DETERMINERS.contains(article.token(d).word()));
    }

    /** A verb with a subject of its own. */
    private boolean isClause(Parse parse, int t) {
        return article.token(t).pos().startsWith("VB") && !parse.children(t, "nsubj").isEmpty();
    }

    private String lemma(int t) {
        return article.token(t).lemma().toLowerCase(Locale.ROOT);
    }
}
