package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CorefMention;

/** Mentions gathered for one entity while the extractor works; mutable, package-private. */
final class Cluster {
    private final List<Candidate> named = new ArrayList<>();
    private final List<Mention> nominal = new ArrayList<>();

    Cluster(Candidate first) {
        named.add(first);
    }

    void add(Candidate c) {
        named.add(c);
    }

    void absorb(Cluster other) {
        named.addAll(other.named);
        nominal.addAll(other.nominal);
    }

    void addNominal(Mention m) {
        if (nominal.stream().noneMatch(n -> n.begin() == m.begin() && n.end() == m.end())) {
            nominal.add(m);
        }
    }

    /** Drops the descriptions whose span another entity already has; adds this one's spans to {@code taken}. */
    void keepUnclaimed(java.util.Set<String> taken) {
        nominal.removeIf(m -> taken.contains(m.begin() + "-" + m.end()));
        nominal.forEach(m -> taken.add(m.begin() + "-" + m.end()));
    }

    List<Candidate> named() {
        return named;
    }

    boolean covers(int tokenIndex) {
        return named.stream().anyMatch(c -> c.mention().firstToken() <= tokenIndex && tokenIndex < c.mention().endToken());
    }

    /** Whether the coreference mention stands for this cluster: its head is named by it, and not inside a phrase of it. */
    boolean isReferredToBy(CorefMention m, AnnotatedArticle article) {
        return named.stream().map(c -> c.mention())
                .anyMatch(n -> n.firstToken() <= m.headToken() && m.headToken() < n.endToken() && !Mention.isInsidePhrase(article, n, m));
    }

    /** The fullest name: most words, then most frequent, then first. */
    String label() {
        return best().mention().text();
    }

    String key() {
        return best().key();
    }

    EntityType type() {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        named.forEach(c -> votes.merge(c.type(), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    Entity toEntity() {
        List<Mention> all = new ArrayList<>();
        named.forEach(c -> all.add(c.mention()));
        all.addAll(nominal);
        all.sort(Comparator.comparingInt(Mention::begin));
        return new Entity(label(), key(), type(), all);
    }

    private Candidate best() {
        Comparator<Candidate> byWords = Comparator.comparingInt(c -> c.key().split(" ").length);
        Comparator<Candidate> byCount = Comparator.comparingLong(c -> named.stream().filter(o -> o.key().equals(c.key())).count());
        Candidate best = named.get(0);
        for (Candidate c : named) {
            if (byWords.thenComparing(byCount).compare(c, best) > 0) {
                best = c;
            }
        }
        return best;
    }
}
