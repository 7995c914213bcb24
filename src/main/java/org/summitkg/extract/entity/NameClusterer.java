package org.summitkg.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.extract.parse.Names;

/**
 * Groups named mentions that refer to one entity within an article, even where coreference
 * misses the link: same normalised name ("U.S." and "US"); a person's surname alone and the one
 * full name in the article that ends with it ("Moreau", "Louis Moreau"); an acronym and the name
 * it abbreviates ("FCAB").
 */
final class NameClusterer {

    List<Cluster> cluster(List<Candidate> candidates) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Cluster existing = byKey.get(c.key());
            if (existing == null) {
                byKey.put(c.key(), new Cluster(c));
            } else {
                existing.add(c);
            }
        }
        List<Cluster> clusters = new ArrayList<>(byKey.values());
        mergeSurnames(clusters);
        mergeAcronyms(clusters);
        clusters.removeIf(c -> isCompoundOfOthers(c, clusters));
        return clusters;
    }

    /** "Keller-Moreau" (as in "the Keller-Moreau talks") names a pair of entities, not a third one. */
    private static boolean isCompoundOfOthers(Cluster compound, List<Cluster> clusters) {
        String[] parts = compound.key().split(" ");
        if (parts.length < 2 || !compound.label().contains("-")) {
            return false;
        }
        for (String part : parts) {
            boolean known = clusters.stream().anyMatch(c -> c != compound
                    && (c.key().equals(part) || Names.lastWord(c.key()).equals(part)));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private static void mergeSurnames(List<Cluster> clusters) {
        for (Cluster single : List.copyOf(clusters)) {
            if (single.type() != EntityType.PERSON || Names.isMultiWord(single.key())) {
                continue;
            }
            List<Cluster> full = clusters.stream()
                    .filter(c -> c != single && c.type() == EntityType.PERSON && Names.isMultiWord(c.key()))
                    .filter(c -> Names.lastWord(c.key()).equals(single.key())).toList();
            if (full.size() == 1) {
                full.get(0).absorb(single);
                clusters.remove(single);
            }
        }
    }

    private static void mergeAcronyms(List<Cluster> clusters) {
        for (Cluster acronym : List.copyOf(clusters)) {
            List<Cluster> expansions = clusters.stream()
                    .filter(c -> c != acronym && Names.isAcronymOf(acronym.label(), c.label())).toList();
            if (expansions.size() == 1) {
                expansions.get(0).absorb(acronym);
                clusters.remove(acronym);
            }
        }
    }
}
