package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Finds acronyms an article defines after a name, "Fort Carson Army Base (FCAB)", and
 * every later use of them, as mentions of the named entity even where NER missed them.
 */
final class AcronymFinder {

    List<Candidate> find(AnnotatedArticle article, List<Candidate> names) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate name : names) {
            int open = name.mention().endToken();
            if (open + 2 < article.tokens().size() && isDefinition(article, open, name)) {
                out.addAll(uses(article, article.token(open + 1).word(), name.type()));
            }
        }
        return out;
    }

    private static boolean isDefinition(AnnotatedArticle article, int open, Candidate name) {
        return article.token(open).word().equals("-LRB-") || article.token(open).word().equals("(")
                ? Names.isAcronymOf(article.token(open + 1).word(), name.mention().text())
                    && isClose(article.token(open + 2))
                : false;
    }

    private static boolean isClose(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }

    private static List<Candidate> uses(AnnotatedArticle article, String acronym, EntityType type) {
        List<Candidate> out = new ArrayList<>();
        for (Token t : article.tokens()) {
            if (t.word().equals(acronym)) {
                out.add(new Candidate(new Mention(acronym, t.begin(), t.end(), t.sentence(), t.index(), t.index() + 1,
                        MentionKind.NAMED), type, Names.key(acronym)));
            }
        }
        return out;
    }
}
