package org.summitkg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Sentence;

/**
 * Tags statements with topics: by their own words; and a statement that leans on its context
 * through a pro-form of the {@code anaphors} lexicon ("That is not the point", "We never got
 * that far") also by its sentence, when no other statement there holds the topic's words ("Asked
 * about a truce, the mayor said it was too early"), and by the sentence before it.
 */
final class TopicTagger {
    private final AnnotatedArticle article;
    private final TopicScheme topics;
    private final Lexicon anaphors;

    TopicTagger(AnnotatedArticle article, TopicScheme topics, Lexicon anaphors) {
        this.article = article;
        this.topics = topics;
        this.anaphors = anaphors;
    }

    List<TopicTag> tag(Statement s, List<Statement> all) {
        List<TopicTag> tags = new ArrayList<>();
        topics.tag(s.text() + " " + s.cue()).forEach(t -> tags.add(new TopicTag(t, TopicTag.Basis.TEXT)));
        if (!isAnaphoric(s.text())) {
            return tags;
        }
        Sentence sentence = article.sentences().get(s.sentence());
        for (String t : topics.tag(article.text(sentence.begin(), sentence.end()))) {
            // a claim no one is named for (the question in "Asked about a truce, …") is what the answer is about, not another's
            boolean claimedElsewhere = all.stream().anyMatch(o -> o != s && o.sentence() == s.sentence() && !o.unattributed()
                    && topics.tag(o.text()).contains(t));
            if (!has(tags, t) && !claimedElsewhere) {
                tags.add(new TopicTag(t, TopicTag.Basis.SENTENCE));
            }
        }
        if (s.sentence() > 0) {
            Sentence before = article.sentences().get(s.sentence() - 1);
            topics.tag(article.text(before.begin(), before.end())).stream().filter(t -> !has(tags, t))
                    .forEach(t -> tags.add(new TopicTag(t, TopicTag.Basis.CONTEXT)));
        }
        return tags;
    }

    /** A statement that leans on its context: one of its words is a pro-form of the anaphors lexicon. */
    private boolean isAnaphoric(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(anaphors::contains);
    }

    private static boolean has(List<TopicTag> tags, String topic) {
        return tags.stream().anyMatch(t -> t.topic().equals(topic));
    }
}
