package org.summitkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitkg.extract.ArticleGraph;
import org.summitkg.extract.entity.Entity;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.Mention;
import org.summitkg.extract.entity.MentionKind;

/**
 * Links an article's entities to gazetteer items. Candidates come from every name the article
 * uses for the entity, kept only when the item's kind fits the entity's type (a person never
 * links to a place). Several candidates are told apart by an exact label, capitals, the
 * countries the article is about, a term of office covering the article's date (an office
 * holder beats a namesake), and prominence; a tie stays unlinked. A lone surname links to the one
 * office holder of that name.
 *
 * <pre>{@code
 * Links links = new EntityLinker(Gazetteer.shipped()).link(articleGraph);
 * }</pre>
 */
public final class EntityLinker {
    private final Gazetteer gazetteer;
    private final Reconciler online;

    /** Offline linking from the gazetteer alone. */
    public EntityLinker(Gazetteer gazetteer) {
        this(gazetteer, (name, type) -> java.util.Optional.empty());
    }

    /** Gazetteer first; names it lacks go to {@code online}. */
    public EntityLinker(Gazetteer gazetteer, Reconciler online) {
        this.gazetteer = gazetteer;
        this.online = online;
    }

    public Links link(ArticleGraph graph) {
        Map<Entity, Link> links = new LinkedHashMap<>();
        Map<Entity, List<GazetteerItem>> ambiguous = new LinkedHashMap<>();
        java.time.LocalDate day = graph.article().publishedDate().orElse(null);
        for (Entity e : graph.entities()) {
            List<GazetteerItem> candidates = candidates(e);
            if (candidates.size() == 1) {
                links.put(e, link(candidates.get(0), e, LinkRule.NAME));
            } else if (candidates.size() > 1) {
                ambiguous.put(e, candidates);
            } else {
                surname(e, day).or(() -> reconcile(e)).ifPresent(l -> links.put(e, l));
            }
        }
        Set<String> context = context(links.values());
        ambiguous.forEach((e, candidates) -> disambiguate(e, candidates, context, day).ifPresent(l -> links.put(e, l)));
        return new Links(links);
    }

    /** Items any named mention of the entity names, of a kind its type allows. */
    List<GazetteerItem> candidates(Entity e) {
        Set<ItemKind> allowed = ItemKind.allowedFor(e.type());
        Map<String, GazetteerItem> found = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(e.label()));
        e.mentions().stream().filter(m -> m.kind() == MentionKind.NAMED).map(Mention::text).forEach(names::add);
        for (String name : names) {
            for (GazetteerItem item : gazetteer.lookup(name)) {
                if (item.kinds().stream().anyMatch(allowed::contains)) {
                    found.putIfAbsent(item.qid(), item);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * A lone surname links to the most prominent head of state or government of that name, if
     * clearly so, and only to one prominent enough to be named by surname alone: listed by two
     * sources or more, or in office on the article's date ({@code day}, null if unknown).
     */
    private java.util.Optional<Link> surname(Entity e, java.time.LocalDate day) {
        if (e.type() != EntityType.PERSON || Gazetteer.key(e.label()).contains(" ")) {
            return java.util.Optional.empty();
        }
        List<GazetteerItem> holders = new ArrayList<>(gazetteer.lookupSurname(e.label()).stream()
                .filter(h -> h.sources() >= 2 || day != null && h.inOfficeOn(day)).toList());
        if (holders.isEmpty()) {
            return java.util.Optional.empty();
        }
        // the most prominent holder of the name, if clearly so (a president, not a relative of the same name)
        holders.sort(Comparator.comparingInt(GazetteerItem::sources).reversed());
        boolean clear = holders.size() == 1 || holders.get(0).sources() > holders.get(1).sources();
        return clear ? java.util.Optional.of(link(holders.get(0), e, holders.size() == 1 ? LinkRule.SURNAME : LinkRule.SURNAME_MOST_PROMINENT))
                : java.util.Optional.empty();
    }

    private java.util.Optional<Link> reconcile(Entity e) {
        if (e.type() == EntityType.GROUP) {
            return java.util.Optional.empty();
        }
        return online.reconcile(e.label(), e.type()).filter(i -> i.kinds().stream().anyMatch(ItemKind.allowedFor(e.type())::contains))
                .map(i -> link(i, e, LinkRule.ONLINE));
    }

    /** The countries the article is about: those linked, and those of its linked people and places. */
    private static Set<String> context(Iterable<Link> links) {
        Set<String> out = new HashSet<>();
        for (Link l : links) {
            if (l.kind() == ItemKind.COUNTRY) {
                out.add(l.qid());
            }
        }
        return out;
    }

    /**
     * The best-scoring candidate, if clearly best: an exact label, a capital (news names
     * governments by their capitals), the article's countries, a term of office covering the
     * article's publication day ({@code day}, null if unknown), and prominence.
     */
    private java.util.Optional<Link> disambiguate(Entity e, List<GazetteerItem> candidates, Set<String> context,
            java.time.LocalDate day) {
        Map<GazetteerItem, Double> score = new HashMap<>();
        candidates.forEach(item -> score.put(item, score(item, e.label(), context, day)));
        List<GazetteerItem> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(score::get).reversed());
        if (score.get(ranked.get(0)) - score.get(ranked.get(1)) < 0.05) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(link(ranked.get(0), e, LinkRule.CONTEXT));
    }

    private static double score(GazetteerItem item, String label, Set<String> context, java.time.LocalDate day) {
        double s = Gazetteer.key(item.label()).equals(Gazetteer.key(label)) ? 1 : 0;
        // news names a government by its capital ("Port Alder said", of a country whose capital it is): a capital beats a namesake region
        s += item.capital() ? 1.5 : 0;
        s += item.countries().stream().anyMatch(context::contains) || context.contains(item.qid()) ? 1 : 0;
        s += day != null && item.inOfficeOn(day) ? 1 : 0;
        return s + Math.min(item.sources(), 5) * 0.1;
    }

    /**
     * Why an entity of this type with these names finds no item, for {@code link --report}: the
     * items of those names and what kept each out (a kind that does not fit the type, or a tie,
     * scored without the article's countries and date), or that no item has the name.
     */
    public String explain(EntityType type, List<String> names) {
        if (type == EntityType.GROUP) {
            return "groups are never linked";
        }
        Set<ItemKind> allowed = ItemKind.allowedFor(type);
        Map<String, GazetteerItem> found = new LinkedHashMap<>();
        names.forEach(n -> gazetteer.lookup(n).forEach(i -> found.putIfAbsent(i.qid(), i)));
        if (found.isEmpty()) {
            return "no gazetteer item has this name";
        }
        List<String> reasons = new ArrayList<>();
        List<GazetteerItem> fitting = new ArrayList<>();
        for (GazetteerItem i : found.values()) {
            if (i.kinds().stream().anyMatch(allowed::contains)) {
                fitting.add(i);
            } else {
                reasons.add(i.qid() + " " + i.label() + ": " + i.kinds() + " cannot be a " + type);
            }
        }
        if (fitting.size() > 1) {
            reasons.add(0, "tie: " + String.join(", ", fitting.stream().map(i -> String.format(java.util.Locale.ROOT, "%s %s %.1f",
                    i.qid(), i.label(), score(i, names.get(0), Set.of(), null))).toList()));
        } else if (fitting.size() == 1) {
            reasons.add(0, fitting.get(0).qid() + " " + fitting.get(0).label() + " fits (lost to context in its article)");
        }
        return String.join("; ", reasons);
    }

    private static Link link(GazetteerItem item, Entity e, LinkRule rule) {
        ItemKind kind = item.kinds().stream().filter(ItemKind.allowedFor(e.type())::contains).findFirst().orElseThrow();
        return new Link(item.qid(), item.label(), kind, rule);
    }
}
