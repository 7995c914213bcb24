package org.summitkg.extract.entity;

import java.util.Objects;

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
}
