package org.summitkg.link;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One Wikidata item of the gazetteer: QID, English label, aliases, kinds, the countries it
 * belongs to (P17/P27), how many source files list it (a rough measure of prominence), whether it
 * holds or held a leading office, whether it is a capital, and its P31 type QIDs.
 */
public record GazetteerItem(String qid, String label, List<String> aliases, Set<ItemKind> kinds,
                            Set<String> countries, int sources, boolean officeHolder, boolean capital,
                            List<String> types) {
    public GazetteerItem {
        types = List.copyOf(types);
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        kinds = Set.copyOf(kinds);
        countries = Set.copyOf(countries);
    }
}
