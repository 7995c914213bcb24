package org.summitkg.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CorefChain;
import org.summitkg.nlp.CorefMention;
import org.summitkg.nlp.Token;

/**
 * Adds the nominal mentions of a coreference chain ("the French president") to the entity whose
 * names the chain contains. A chain is used only when its named mentions point clearly to one
 * entity: coreference that mixes two people is ignored rather than trusted. Pronouns are never
 * mentions.
 */
final class CorefAttacher {
    /** Longer descriptions are rarely a name-like reference and often a mis-parsed clause. */
    static final int MAX_NOMINAL_TOKENS = 6;

    private final AnnotatedArticle article;

    CorefAttacher(AnnotatedArticle article) {
        this.article = article;
    }

    void attach(List<Cluster> clusters) {
        for (CorefChain chain : article.annotations().corefChains()) {
            Cluster owner = owner(chain, clusters);
            if (owner != null) {
                chain.mentions().stream().filter(m -> isDescription(m, clusters))
                        .forEach(m -> owner.addNominal(toMention(m)));
            }
        }
    }

    private Cluster owner(CorefChain chain, List<Cluster> clusters) {
        Map<Cluster, Integer> votes = new HashMap<>();
        for (CorefMention m : chain.mentions()) {
            for (Cluster c : clusters) {
                if (c.isReferredToBy(m, article)) {
                    votes.merge(c, 1, Integer::sum);
                }
            }
        }
        if (votes.size() != 1) {
            return null;
        }
        return votes.keySet().iterator().next();
    }

    private boolean isDescription(CorefMention m, List<Cluster> clusters) {
        if (!"NOMINAL".equals(m.type()) || m.endToken() - m.firstToken() > MAX_NOMINAL_TOKENS) {
            return false;
        }
        String head = article.token(m.headToken()).pos();
        if (!head.equals("NN") && !head.equals("NNP")) {
            return false; // plural ("both leaders") or not a noun ("this"): not this one entity
        }
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            Token token = article.token(t);
            if (token.pos().startsWith("V") || isNamed(t, clusters)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNamed(int token, List<Cluster> clusters) {
        return clusters.stream().anyMatch(c -> c.covers(token));
    }

    private Mention toMention(CorefMention m) {
        Token first = article.token(m.firstToken());
        return new Mention(article.text(m.begin(), m.end()), m.begin(), m.end(), first.sentence(),
                m.firstToken(), m.endToken(), MentionKind.NOMINAL);
    }
}
