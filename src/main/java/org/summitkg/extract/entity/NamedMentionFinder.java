package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.NerMention;
import org.summitkg.nlp.Token;

/**
 * Finds the named mentions of people, organizations and places among CoreNLP's NER mentions,
 * trimmed to the name itself: leading determiners and titles ("the", "President") and a trailing
 * possessive are dropped. Demonyms (NATIONALITY) and other tags are not entities.
 */
final class NamedMentionFinder {
    private final Lexicon titles;
    private final Lexicon facilities;

    NamedMentionFinder(Lexicon titles, Lexicon facilities) {
        this.titles = titles;
        this.facilities = facilities;
    }

    List<Candidate> find(AnnotatedArticle article) {
        List<Candidate> out = new ArrayList<>();
        for (NerMention m : article.annotations().nerMentions()) {
            EntityType type = EntityType.ofNer(m.type());
            if (type != null) {
                candidate(article, m, type, out);
            }
        }
        return out;
    }

    private void candidate(AnnotatedArticle article, NerMention m, EntityType type, List<Candidate> out) {
        int first = m.firstToken();
        int end = m.endToken();
        while (first < end && isPrefixWord(article.token(first))) {
            first++;
        }
        while (end > first && isSuffixWord(article.token(end - 1))) {
            end--;
        }
        if (first >= end) {
            return;
        }
        if (!hasNoun(article, first, end)) {
            return;
        }
        Token a = article.token(first);
        Token b = article.token(end - 1);
        String text = article.text(a.begin(), b.end());
        if (text.codePoints().noneMatch(Character::isUpperCase)) {
            return;
        }
        Mention mention = new Mention(text, a.begin(), b.end(), a.sentence(), first, end, MentionKind.NAMED);
        out.add(new Candidate(mention, refine(type, text), Names.key(text)));
    }

    /**
     * A name has a noun in it: this drops pronouns ("He") and verbs NER took for names. A
     * capitalised adjective counts as a noun here: the tagger takes surnames that look like
     * adjectives ("Lively said") for adjectives, while NER still sees the name.
     */
    static boolean hasNoun(AnnotatedArticle article, int first, int end) {
        for (int i = first; i < end; i++) {
            Token t = article.token(i);
            if (t.pos().startsWith("NN") || t.pos().equals("JJ") && Character.isUpperCase(t.word().codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPrefixWord(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return FunctionWords.DEFINITE_ARTICLE.contains(w) || "TITLE".equals(t.ner()) || titles.contains(w) || "NATIONALITY".equals(t.ner());
    }

    private static boolean isSuffixWord(Token t) {
        return "POS".equals(t.pos()) || t.word().equals("'") || t.word().equals("’");
    }

    private EntityType refine(EntityType type, String text) {
        if (type != EntityType.PLACE && type != EntityType.ORGANIZATION) {
            return type;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (facilities.contains(word)) {
                return EntityType.FACILITY;
            }
        }
        return type;
    }
}
