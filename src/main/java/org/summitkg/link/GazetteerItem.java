package org.summitkg.link;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One Wikidata item of the gazetteer: QID, English label, aliases, kinds, the countries it
 * belongs to (P17/P27), how many source files list it (a rough measure of prominence), whether it
 * holds or held a leading office, whether it is a capital, its P31 type QIDs, and its terms of
 * office where the sources date them.
 */
public record GazetteerItem(String qid, String label, List<String> aliases, Set<ItemKind> kinds,
                            Set<String> countries, int sources, boolean officeHolder, boolean capital,
                            List<String> types, List<Term> terms) {
    public GazetteerItem {
        types = List.copyOf(types);
        terms = terms == null ? List.of() : List.copyOf(terms);
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        kinds = Set.copyOf(kinds);
        countries = Set.copyOf(countries);
    }

    /** Whether a dated term of office of this person covers the day. */
    public boolean inOfficeOn(java.time.LocalDate day) {
        return terms.stream().anyMatch(t -> t.covers(day));
    }
}
