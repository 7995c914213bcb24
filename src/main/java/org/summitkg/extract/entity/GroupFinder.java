package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Names;
import org.summitkg.extract.parse.Parse;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Dependency;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Finds collective and unnamed speakers: a plural noun from the group-noun lexicon ("officials",
 * "analysts"), or a singular one with an indefinite determiner ("a source", "one aide"), that is
 * the subject or object of a verb of saying, with the modifiers before it ("EU
 * officials", "Political analysts") and whose it is ("Okafor's advisers"). Groups that only appear, without saying anything, are left
 * out: they are rarely what a reader looks for.
 */
final class GroupFinder {
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "NN", "NNS", "NNP", "NNPS");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");


    private final Lexicon groupNouns;
    private final Lexicon speechVerbs;
    private final Lexicon attitudeVerbs;

    GroupFinder(Lexicon groupNouns, Lexicon speechVerbs, Lexicon attitudeVerbs) {
        this.groupNouns = groupNouns;
        this.speechVerbs = speechVerbs;
        this.attitudeVerbs = attitudeVerbs;
    }

    List<Candidate> find(AnnotatedArticle article) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (Dependency d : s.dependencies()) {
                if (isSpeakerRole(s, d) && isGroupSpeaker(article, s, d) && !isDefinite(article, s, d.dependent())) {
                    out.add(candidate(article, new Parse(s), d.dependent()));
                }
            }
        }
        return out;
    }

    /** Subject of the verb, or its object when the verb has a further complement ("warned X against …"). */
    private static boolean isSpeakerRole(Sentence s, Dependency d) {
        if (d.governor() < 0) {
            return false;
        }
        if (SUBJECTS.contains(d.relation())) {
            return true;
        }
        return d.relation().equals("obj") && s.dependencies().stream().anyMatch(o -> o.governor() == d.governor()
                && (o.relation().startsWith("obl") || o.relation().equals("ccomp") || o.relation().equals("xcomp")));
    }

    private static boolean isDefinite(AnnotatedArticle article, Sentence s, int head) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == head
                && (d.relation().equals("nummod") || d.relation().startsWith("det") || d.relation().equals("nmod:poss"))
                && FunctionWords.DEFINITE_DETERMINERS.contains(article.token(d.dependent()).word().toLowerCase(Locale.ROOT))
                || d.governor() == head && d.relation().equals("nummod"));
    }

    private boolean isGroupSpeaker(AnnotatedArticle article, Sentence s, Dependency d) {
        Token noun = article.token(d.dependent());
        Token verb = article.token(d.governor());
        boolean plural = noun.pos().startsWith("NNS") || noun.pos().equals("NNPS");
        boolean unnamedOne = noun.pos().equals("NN") && isIndefinite(article, s, d.dependent());
        return (plural || unnamedOne) && groupNouns.contains(noun.word())
                && (speechVerbs.contains(verb.lemma()) || attitudeVerbs.contains(verb.lemma()));
    }

    /** "a source", "one official", "another aide": someone the article does not name. */
    private static boolean isIndefinite(AnnotatedArticle article, Sentence s, int head) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == head
                && (d.relation().startsWith("det") || d.relation().equals("nummod"))
                && FunctionWords.INDEFINITE_DETERMINERS.contains(article.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * The group's words: the modifiers before its noun with the owner before them ("Okafor's
     * advisers", "the mayor's aides"), and a phrase after it that says whose it is ("aides to the
     * mayor").
     */
    private static Candidate candidate(AnnotatedArticle article, Parse parse, int head) {
        int first = head;
        while (first > 0 && isModifier(article, first - 1, head)) {
            first--;
        }
        first = withOwner(article, parse, head, first);
        int last = DescribedSpeakers.whose(article, parse, head);
        Token a = article.token(first);
        Token b = article.token(last);
        String text = article.text(a.begin(), b.end());
        Mention m = new Mention(text, a.begin(), b.end(), b.sentence(), first, last + 1, MentionKind.NAMED);
        return new Candidate(m, EntityType.GROUP, Names.key(text).toLowerCase(Locale.ROOT));
    }

    /** Where the group's words start when a possessive noun right before them says whose it is; else {@code first}. */
    private static int withOwner(AnnotatedArticle article, Parse parse, int head, int first) {
        for (int owner : parse.children(head, "nmod:poss")) {
            int[] span = parse.span(owner);
            if (span[1] == first - 1 && article.token(span[1]).pos().equals("POS") && article.token(owner).pos().startsWith("NN")) {
                int start = span[0];
                while (start < owner && article.token(start).pos().equals("DT")) {
                    start++; // "the mayor's aides" are the mayor's aides
                }
                return start;
            }
        }
        return first;
    }

    private static boolean isModifier(AnnotatedArticle article, int i, int head) {
        Token t = article.token(i);
        return t.sentence() == article.token(head).sentence() && MODIFIER_TAGS.contains(t.pos());
    }
}
