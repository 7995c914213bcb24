package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Finds named facilities that NER leaves untagged: a run of capitalised proper nouns (hyphens
 * allowed inside) that contains a facility word from the lexicon, e.g. "Fort Carson
 * Army Base".
 */
final class FacilityFinder {
    private final Lexicon facilities;

    FacilityFinder(Lexicon facilities) {
        this.facilities = facilities;
    }

    List<Candidate> find(AnnotatedArticle article) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = article.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int end = runEnd(tokens, i);
            if (end - i >= 2 && hasFacilityWord(tokens, i, end)) {
                Token a = tokens.get(i);
                Token b = tokens.get(end - 1);
                String text = article.text(a.begin(), b.end());
                out.add(new Candidate(new Mention(text, a.begin(), b.end(), a.sentence(), i, end, MentionKind.NAMED),
                        EntityType.FACILITY, Names.key(text)));
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static int runEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && inRun(tokens, start, end)) {
            end++;
        }
        while (end > start && !isProperNoun(tokens.get(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean inRun(List<Token> tokens, int start, int i) {
        Token t = tokens.get(i);
        if (t.sentence() != tokens.get(start).sentence() || !"O".equals(t.ner())) {
            return false;
        }
        boolean hyphen = t.word().equals("-") && i > start && i + 1 < tokens.size() && isProperNoun(tokens.get(i + 1));
        return isProperNoun(t) || hyphen;
    }

    private static boolean isProperNoun(Token t) {
        return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().codePointAt(0));
    }

    private boolean hasFacilityWord(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (facilities.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
