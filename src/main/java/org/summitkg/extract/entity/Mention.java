package org.summitkg.extract.entity;

import java.util.Objects;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CorefMention;

/**
 * One place where the article refers to an entity: the exact text, its character span
 * [{@code begin}, {@code end}), the sentence index and tokens [{@code firstToken}, {@code endToken}).
 */
public record Mention(String text, int begin, int end, int sentence, int firstToken, int endToken,
                      MentionKind kind) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (end <= begin || firstToken >= endToken) {
            throw new IllegalArgumentException("mention \"" + text + "\" must span something: chars "
                    + begin + "-" + end + ", tokens " + firstToken + "-" + endToken);
        }
    }

    public boolean overlaps(int otherFirst, int otherEnd) {
        return firstToken < otherEnd && otherFirst < endToken;
    }

    /**
     * Whether a coreference mention lies in a prepositional part of this mention ("the mayor" in
     * "an adviser to the mayor"): then it refers to someone else than this mention does.
     */
    static boolean isInsidePhrase(AnnotatedArticle article, Mention phrase, CorefMention m) {
        if (phrase.firstToken() >= m.firstToken() || m.headToken() >= phrase.endToken()) {
            return false;
        }
        for (int t = phrase.firstToken(); t < m.firstToken(); t++) {
            String pos = article.token(t).pos();
            if (pos.equals("IN") || pos.equals("TO")) {
                return true;
            }
        }
        return false;
    }
}
