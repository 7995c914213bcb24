package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.nlp.AnnotatedArticle;

/**
 * Finds the people, organizations and places of an article with all their mentions: named ones
 * from NER, grouped by name rules, plus the descriptions that coreference ties to them.
 *
 * <pre>{@code
 * List<Entity> entities = new EntityExtractor().extract(annotatedArticle);
 * }</pre>
 */
public final class EntityExtractor {
    private final NamedMentionFinder names;
    private final FacilityFinder facilities;
    private final GroupFinder groups;
    private final Lexicon titles;

    private final KnownNameFinder known;

    /** An extractor with the lexicons shipped with summit-kg. */
    public EntityExtractor() {
        this(Lexicons.shipped());
    }

    public EntityExtractor(Lexicons lexicons) {
        this(lexicons, KnownNames.none());
    }

    public EntityExtractor(Lexicons lexicons, KnownNames knownNames) {
        this.known = new KnownNameFinder(knownNames);
        this.names = new NamedMentionFinder(lexicons.titles(), lexicons.facilities());
        this.facilities = new FacilityFinder(lexicons.facilities());
        this.groups = new GroupFinder(lexicons.groupNouns(), lexicons.speechVerbs(), lexicons.attitudeVerbs());
        this.titles = lexicons.titles();
    }

    public List<Entity> extract(AnnotatedArticle article) {
        List<Candidate> candidates = new ArrayList<>(names.find(article));
        candidates.addAll(facilities.find(article));
        candidates.addAll(known.find(article));
        candidates.addAll(new AcronymFinder().find(article, candidates));
        candidates.addAll(groups.find(article));
        List<Cluster> clusters = new NameClusterer().cluster(withoutOverlaps(candidates));
        new CorefAttacher(article).attach(clusters);
        new DescriptorAttacher(article, titles).attach(clusters);
        oneEntityPerSpan(clusters);
        return clusters.stream().map(Cluster::toEntity).toList();
    }

    /**
     * A span of text refers to one entity: coreference and the article's own titles can each give
     * "the president" to a different person; a name keeps its span, and a description goes to the
     * first entity that has it.
     */
    private static void oneEntityPerSpan(List<Cluster> clusters) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        clusters.forEach(c -> c.named().forEach(n -> taken.add(n.mention().begin() + "-" + n.mention().end())));
        clusters.forEach(c -> c.keepUnclaimed(taken));
    }

    /** Keeps the first of candidates that cover the same tokens (a name NER found and a finder found again). */
    private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (kept.stream().noneMatch(k -> k.type() != EntityType.GROUP && c.type() != EntityType.GROUP
                    && k.mention().overlaps(c.mention().firstToken(), c.mention().endToken()))) {
                kept.add(c);
            }
        }
        return kept;
    }
}
