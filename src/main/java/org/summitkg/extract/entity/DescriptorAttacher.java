package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Token;

/**
 * Learns from the article how it titles its people ("French President Louis Moreau") and
 * finds the same title used alone as a description ("the French president"), which then is a
 * nominal mention of that person. A title that the article gives to two people is not used.
 */
final class DescriptorAttacher {
    private static final Cluster AMBIGUOUS = null;

    private final AnnotatedArticle article;
    private final Lexicon titles;

    DescriptorAttacher(AnnotatedArticle article, Lexicon titles) {
        this.article = article;
        this.titles = titles;
    }

    void attach(List<Cluster> clusters) {
        Map<String, Cluster> owners = descriptors(clusters);
        for (Map.Entry<String, Cluster> e : owners.entrySet()) {
            if (e.getValue() != AMBIGUOUS) {
                uses(e.getKey(), clusters).forEach(e.getValue()::addNominal);
            }
        }
    }

    private Map<String, Cluster> descriptors(List<Cluster> clusters) {
        Map<String, Cluster> owners = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            for (Candidate named : c.named()) {
                String key = descriptorBefore(named.mention().firstToken());
                if (key != null && owners.containsKey(key) && owners.get(key) != c) {
                    owners.put(key, AMBIGUOUS);
                } else if (key != null) {
                    owners.put(key, c);
                }
            }
        }
        return owners;
    }

    /** The title words right before a name, as a key ("french president"), or null. */
    private String descriptorBefore(int nameStart) {
        int first = nameStart;
        boolean hasTitle = false;
        while (first > 0 && isDescriptorWord(article.token(first - 1))
                && article.token(first - 1).sentence() == article.token(nameStart).sentence()) {
            first--;
            hasTitle |= isTitle(article.token(first));
        }
        if (!hasTitle || first == nameStart) {
            return null;
        }
        return key(first, nameStart);
    }

    private List<Mention> uses(String descriptor, List<Cluster> clusters) {
        int length = descriptor.split(" ").length;
        List<Mention> out = new ArrayList<>();
        for (Token t : article.tokens()) {
            int start = t.index() + 1;
            int end = start + length;
            if (FunctionWords.DEFINITE_ARTICLE.contains(t.word()) && end <= article.tokens().size()
                    && descriptor.equals(key(start, end)) && !followedByName(end) && !covered(clusters, start, end)) {
                Token last = article.token(end - 1);
                out.add(new Mention(article.text(t.begin(), last.end()), t.begin(), last.end(), t.sentence(),
                        t.index(), end, MentionKind.NOMINAL));
            }
        }
        return out;
    }

    private boolean isDescriptorWord(Token t) {
        return isTitle(t) || "NATIONALITY".equals(t.ner()) || "COUNTRY".equals(t.ner());
    }

    private boolean isTitle(Token t) {
        return "TITLE".equals(t.ner()) || titles.contains(t.word());
    }

    private boolean followedByName(int index) {
        return index < article.tokens().size() && article.token(index).pos().startsWith("NNP")
                && article.token(index).sentence() == article.token(index - 1).sentence();
    }

    private static boolean covered(List<Cluster> clusters, int start, int end) {
        for (int i = start; i < end; i++) {
            int token = i;
            // a country inside the title ("the UK Prime Minister") is fine; another person or body is not
            if (clusters.stream().anyMatch(c -> !c.type().isPlace() && c.covers(token))) {
                return true;
            }
        }
        return false;
    }

    private String key(int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            words.add(Names.key(article.token(i).word()).toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }
}
