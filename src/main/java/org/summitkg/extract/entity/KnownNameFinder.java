package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Finds known names that NER left untagged: runs of capitalised proper-noun tokens whose text is
 * exactly a known name, longest first.
 */
final class KnownNameFinder {
    private final KnownNames names;

    KnownNameFinder(KnownNames names) {
        this.names = names;
    }

    List<Candidate> find(AnnotatedArticle article) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = article.tokens();
        int longest = names.longest();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
                Candidate c = candidate(article, i, i + n);
                if (c != null) {
                    out.add(c);
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    private Candidate candidate(AnnotatedArticle article, int first, int end) {
        Token a = article.token(first);
        Token b = article.token(end - 1);
        if (a.sentence() != b.sentence() || !"O".equals(a.ner()) || !b.pos().startsWith("NN")
                || !Character.isUpperCase(a.word().codePointAt(0))) {
            return null;
        }
        String text = article.text(a.begin(), b.end());
        return names.typeOf(text).map(type -> new Candidate(
                new Mention(text, a.begin(), b.end(), a.sentence(), first, end, MentionKind.NAMED), type, Names.key(text)))
                .orElse(null);
    }
}
