package org.summitkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.summitkg.SummitKgException;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.entity.KnownNames;
import org.summitkg.extract.parse.FunctionWords;
import org.summitkg.extract.parse.Names;

/**
 * The offline gazetteer, indexed by normalised name (labels and aliases), and by surname for
 * office holders.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.shipped();
 * List<GazetteerItem> lisbon = g.lookup("Lisboa");
 * }</pre>
 */
public final class Gazetteer {
    private final Map<String, List<GazetteerItem>> byName = new HashMap<>();
    private final Map<String, List<GazetteerItem>> bySurname = new HashMap<>();
    private final Map<String, GazetteerItem> byQid = new HashMap<>();

    Gazetteer(Model model) {
        GazetteerReader reader = new GazetteerReader();
        model.getGraph().find().forEachRemaining(reader::triple);
        reader.items().forEach(this::add);
    }

    private Gazetteer(GazetteerReader reader) {
        this(reader.items());
    }

    private Gazetteer(List<GazetteerItem> items) {
        items.forEach(this::add);
    }

    /** Where the shipped gazetteer's fast-loading index travels in the jar. */
    static final String SHIPPED_INDEX = "/org/summitkg/ontology/gazetteer/gazetteer.tsv.gz";

    /**
     * The gazetteer shipped with summit-kg: {@code ontology/gazetteer/gazetteer.ttl}, read from
     * the index written beside it ({@code gazetteer.tsv.gz}) because that loads several times faster.
     */
    public static Gazetteer shipped() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_INDEX)) {
            if (in == null) {
                throw new SummitKgException("the gazetteer index is missing from the classpath (" + SHIPPED_INDEX + ")");
            }
            return new Gazetteer(GazetteerIndex.read(in, SHIPPED_INDEX));
        } catch (IOException e) {
            throw new SummitKgException(SHIPPED_INDEX + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The shipped gazetteer read from its Turtle form (slower; the index must agree with it). */
    static Gazetteer shippedTurtle() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/summitkg/ontology/gazetteer/gazetteer.ttl")) {
            GazetteerReader reader = new GazetteerReader();
            RDFParser.source(in).lang(Lang.TURTLE).parse(reader);
            return new Gazetteer(reader);
        } catch (IOException e) {
            throw new SummitKgException("the shipped gazetteer.ttl cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A gazetteer of the items of a model in the gazetteer's vocabulary. */
    public static Gazetteer of(Model model) {
        return new Gazetteer(model);
    }

    /** Every item, for writing the index. */
    public List<GazetteerItem> items() {
        return List.copyOf(byQid.values());
    }

    /** Writes the fast-loading index of this gazetteer (gzipped TSV). */
    public void writeIndex(java.io.OutputStream out) {
        GazetteerIndex.write(items().stream().sorted(java.util.Comparator.comparing(GazetteerItem::qid)).toList(), out);
    }

    /** A gazetteer from a Turtle file in the same vocabulary. */
    public static Gazetteer read(Path file) {
        GazetteerReader reader = new GazetteerReader();
        RDFParser.source(file).parse(reader);
        return new Gazetteer(reader);
    }

    /**
     * Names of countries, capitals, continents and international organizations, for the entity
     * extractor to find where NER misses them. Ordinary cities, regions, natural features,
     * newspapers, websites and agencies are left out: too many of their names are also common
     * words; they are looked up only where NER or the parse says a name stands.
     */
    public KnownNames knownNames() {
        Map<String, EntityType> names = new HashMap<>();
        Map<String, String> capitals = new HashMap<>();
        for (GazetteerItem item : byQid.values()) {
            EntityType type = knownType(item);
            if (type == null) {
                continue;
            }
            List<String> all = new ArrayList<>(List.of(item.label()));
            item.aliases().stream().filter(a -> Character.isUpperCase(a.codePointAt(0))).forEach(all::add);
            all.forEach(a -> names.putIfAbsent(a, type));
            if (item.capital() && item.countries().size() == 1) {
                GazetteerItem country = byQid.get(item.countries().iterator().next());
                if (country != null && country.kinds().contains(ItemKind.COUNTRY)) {
                    all.forEach(a -> capitals.putIfAbsent(a, country.label()));
                }
            }
        }
        return new KnownNames(names, capitals);
    }

    private static EntityType knownType(GazetteerItem item) {
        if (item.kinds().contains(ItemKind.COUNTRY)) {
            return EntityType.COUNTRY;
        }
        if (item.kinds().contains(ItemKind.CONTINENT)) {
            return EntityType.PLACE;
        }
        if (item.capital()) {
            return EntityType.CITY;
        }
        // international organisations only: newspapers, websites and agencies have names that are also common words
        return item.types().contains(Wikidata.INTERNATIONAL_ORGANIZATION) ? EntityType.ORGANIZATION : null;
    }

    public int size() {
        return byQid.size();
    }

    public GazetteerItem get(String qid) {
        return byQid.get(qid);
    }

    /** Items whose label or an alias has this normalised name. */
    public List<GazetteerItem> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** Office holders with this surname. */
    public List<GazetteerItem> lookupSurname(String surname) {
        return bySurname.getOrDefault(key(surname), List.of());
    }

    /** The lookup key: {@link Names#plain}, without a leading definite article ("The Port Alder Times"). */
    static String key(String name) {
        String key = Names.plain(name);
        for (String article : FunctionWords.DEFINITE_ARTICLE.words()) {
            if (key.startsWith(article + " ")) {
                return key.substring(article.length() + 1);
            }
        }
        return key;
    }

    private void add(GazetteerItem item) {
        byQid.put(item.qid(), item);
        Set<String> keys = new HashSet<>();
        keys.add(key(item.label()));
        item.aliases().forEach(a -> keys.add(key(a)));
        keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(item));
        if (item.officeHolder() && item.kinds().contains(ItemKind.PERSON)) {
            String[] words = key(item.label()).split(" ");
            bySurname.computeIfAbsent(words[words.length - 1], x -> new ArrayList<>()).add(item);
        }
    }

}
