package org.summitkg.extract.entity;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Names;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CorefChain;
import org.summitkg.nlp.CorefMention;
import org.summitkg.nlp.Token;

/**
 * Answers "which entity is this token?" for the statement and event extractors: through the
 * entity's own mentions, then coreference (so "he" becomes the person it stands for), then, for
 * a pronoun coreference left alone, the nearest person named before it.
 */
public final class EntityIndex {
    /**
     * How many sentences back a "he" or "she" may find its person when nothing nearer does: news
     * prose often names its protagonist once and says "he" for paragraphs (measured on PolNeAR
     * train: 6 sentences find 0.7 points more reported speech than 2, speaker accuracy unchanged).
     */
    private static final int NEAREST_PERSON_SENTENCES = 6;

    private final AnnotatedArticle article;
    private final Lexicon people;
    private final List<Entity> entities;
    private final Map<Integer, Entity> byToken = new HashMap<>();
    private final Map<Integer, Entity> byCoref = new HashMap<>();

    public EntityIndex(AnnotatedArticle article, List<Entity> entities, Lexicon people) {
        this.article = article;
        this.people = people;
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    int token = t;
                    byToken.merge(token, e, (a, b) -> span(a, token) <= span(b, token) ? a : b);
                }
            }
        }
        article.annotations().corefChains().forEach(this::indexChain);
    }

    public List<Entity> entities() {
        return entities;
    }

    /**
     * Who a name written on its own stands for, as a headline or a transcript gives it ("Keller:",
     * "Okafor Slams …"): the one person whose name ends with the same word, or else the one
     * organisation the article names so; null when none or several.
     */
    public Entity named(String name) {
        String key = Names.key(name);
        String last = Names.lastWord(key);
        List<Entity> named = entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> Names.lastWord(e.key()).equals(last)).toList();
        if (named.isEmpty()) {
            named = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                    .filter(e -> e.key().equals(key) || e.mentions().stream().anyMatch(m -> Names.key(m.text()).equals(key))).toList();
        }
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The entity a token (usually a subject's head) refers to; empty when unknown. */
    public List<Entity> resolve(int token) {
        Entity direct = byToken.get(token);
        if (direct != null) {
            return List.of(direct);
        }
        Token t = article.token(token);
        if (isPair(token)) {
            return principals();
        }
        if (FunctionWords.PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
            Entity before = antecedent(token);
            return before == null ? List.of() : List.of(before);
        }
        Entity coref = byCoref.get(token);
        if (coref == null && FunctionWords.GROUP_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
            Entity group = nearestBefore(token, EnumSet.of(EntityType.GROUP, EntityType.ORGANIZATION), 1);
            return group == null ? List.of() : List.of(group);
        }
        return coref == null ? List.of() : List.of(coref);
    }

    /**
     * The organisation named nearest before a token, in its sentence or the one before: who "it"
     * is where a verb of saying has it as subject and coreference found nothing ("The Harbour
     * Board met on Monday. It said the pier will close.").
     */
    public List<Entity> organisationBefore(int token) {
        Entity body = nearestBefore(token, EnumSet.of(EntityType.ORGANIZATION), 1);
        return body == null ? List.of() : List.of(body);
    }

    /**
     * The person named nearest before a token, in its sentence or the two before: who "the
     * 24-year-old" is where coreference found nothing ("Okafor scored twice. The 24-year-old said …").
     */
    public List<Entity> personBefore(int token) {
        Entity person = nearestBefore(token, EnumSet.of(EntityType.PERSON), 2);
        return person == null ? List.of() : List.of(person);
    }

    /** The nearest entity of one of these types named before the token, at most {@code sentences} back. */
    private Entity nearestBefore(int token, Set<EntityType> types, int sentences) {
        int sentence = article.token(token).sentence();
        for (int i = token - 1; i >= 0 && article.token(i).sentence() >= sentence - sentences; i--) {
            Entity e = byToken.get(i);
            if (e != null && types.contains(e.type())) {
                return e;
            }
        }
        return null;
    }

    /** Entities named (not just described) between two character offsets. */
    public List<Entity> namedWithin(int begin, int end) {
        return entities.stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.kind() == MentionKind.NAMED && m.begin() >= begin && m.end() <= end)).toList();
    }

    /** The two people the article names most: who "both leaders" are. */
    public List<Entity> principals() {
        List<Entity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()).toList();
        return people.size() < 2 ? List.of() : people.subList(0, 2);
    }

    /** Whether a token is a noun for people ("officials", "allies"; {@code lexicon/group-nouns.txt}). */
    public boolean isPeopleNoun(int token) {
        Token t = article.token(token);
        return t.pos().startsWith("NN") && people.contains(t.word());
    }

    /** "both leaders", "the two men": a plural noun for people, with both/two. */
    private boolean isPair(int token) {
        Token t = article.token(token);
        if (!t.pos().startsWith("NNS") || !people.contains(t.word())) {
            return false;
        }
        for (int i = Math.max(article.sentences().get(t.sentence()).firstToken(), token - 3); i < token; i++) {
            if (FunctionWords.PAIR_WORDS.contains(article.token(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private void indexChain(CorefChain chain) {
        Map<Entity, Integer> votes = new HashMap<>();
        for (CorefMention m : chain.mentions()) {
            Entity e = byToken.get(m.headToken());
            if (e != null && e.mentions().stream().noneMatch(n -> Mention.isInsidePhrase(article, n, m))) {
                votes.merge(e, 1, Integer::sum);
            }
        }
        if (votes.size() != 1) {
            return;
        }
        Entity owner = votes.keySet().iterator().next();
        for (CorefMention m : chain.mentions()) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                byCoref.putIfAbsent(t, owner);
            }
        }
    }

    /**
     * The person a "he" or "she" stands for. News prose keeps its protagonist as subject, which
     * statistical coreference often misses, so: the nearest person named before it in its own
     * sentence; else the first person that is a subject in the sentences before (up to two);
     * else coreference; else the nearest person before.
     */
    private Entity antecedent(int token) {
        int sentence = article.token(token).sentence();
        int start = article.sentences().get(sentence).firstToken();
        for (int i = token - 1; i >= start; i--) {
            Entity e = byToken.get(i);
            if (e != null && e.type() == EntityType.PERSON) {
                return e;
            }
        }
        for (int s = sentence - 1; s >= Math.max(0, sentence - 2); s--) {
            Entity subject = personSubject(article.sentences().get(s));
            if (subject != null) {
                return subject;
            }
        }
        Entity coref = byCoref.get(token);
        return coref != null && coref.type() == EntityType.PERSON ? coref
                : nearestBefore(token, EnumSet.of(EntityType.PERSON), NEAREST_PERSON_SENTENCES);
    }

    /** The person a sentence's subject names, or names in apposition ("The club's chairman, Tomas Keller, said …"). */
    private Entity personSubject(org.summitkg.nlp.Sentence s) {
        for (var d : s.dependencies()) {
            if (!d.relation().equals("nsubj")) {
                continue;
            }
            Entity e = byToken.get(d.dependent());
            for (var a : s.dependencies()) {
                if (e == null && a.governor() == d.dependent() && a.relation().equals("appos")) {
                    e = byToken.get(a.dependent());
                }
            }
            if (e != null && e.type() == EntityType.PERSON) {
                return e;
            }
        }
        return null;
    }

    private static int span(Entity e, int token) {
        return e.mentions().stream().filter(m -> m.firstToken() <= token && token < m.endToken())
                .mapToInt(m -> m.endToken() - m.firstToken()).min().orElse(Integer.MAX_VALUE);
    }

}
