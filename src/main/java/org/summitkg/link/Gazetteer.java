package org.summitkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitkg.extract.EntityType;
import org.summitkg.extract.KnownNames;

/**
 * The offline gazetteer, indexed by normalised name (labels and aliases), and by surname for
 * office holders.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.shipped();
 * List<GazetteerItem> kyiv = g.lookup("Kiev");
 * }</pre>
 */
public final class Gazetteer {
    private final Map<String, List<GazetteerItem>> byName = new HashMap<>();
    private final Map<String, List<GazetteerItem>> bySurname = new HashMap<>();
    private final Map<String, GazetteerItem> byQid = new HashMap<>();

    Gazetteer(Model model) {
        for (Resource r : model.listSubjectsWithProperty(RDFS.label).toList()) {
            add(item(r));
        }
    }

    /** The gazetteer shipped with summit-kg ({@code ontology/gazetteer/gazetteer.ttl}). */
    public static Gazetteer shipped() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/summitkg/ontology/gazetteer/gazetteer.ttl")) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer is missing from the classpath");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return new Gazetteer(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gazetteer from a Turtle file in the same vocabulary. */
    public static Gazetteer read(Path file) {
        return new Gazetteer(RDFDataMgr.loadModel(file.toString()));
    }

    /**
     * Names of countries, capitals, continents and international organizations, for the entity
     * extractor to find where NER misses them. Ordinary cities are left out: too many of their
     * names are also common words.
     */
    public KnownNames knownNames() {
        Map<String, EntityType> names = new HashMap<>();
        for (GazetteerItem item : byQid.values()) {
            EntityType type = knownType(item);
            if (type == null) {
                continue;
            }
            names.putIfAbsent(item.label(), type);
            item.aliases().stream().filter(a -> Character.isUpperCase(a.codePointAt(0))).forEach(a -> names.putIfAbsent(a, type));
        }
        return new KnownNames(names);
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
        return item.kinds().contains(ItemKind.ORGANIZATION) ? EntityType.ORGANIZATION : null;
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

    /** Lower case, no accents, dots, apostrophes or leading "the". */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("['.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
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

    private static GazetteerItem item(Resource r) {
        String qid = Wikidata.qid(r.getURI());
        List<String> aliases = r.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList();
        Set<ItemKind> kinds = new HashSet<>();
        List<String> types = new ArrayList<>();
        r.listProperties(r.getModel().createProperty(Wikidata.P31)).forEachRemaining(s -> {
            types.add(Wikidata.qid(s.getResource().getURI()));
            ItemKind k = ItemKind.ofType(Wikidata.qid(s.getResource().getURI()));
            if (k != null) {
                kinds.add(k);
            }
        });
        Set<String> countries = new HashSet<>();
        for (String p : List.of(Wikidata.P17, Wikidata.P27)) {
            r.listProperties(r.getModel().createProperty(p)).forEachRemaining(s -> countries.add(Wikidata.qid(s.getResource().getURI())));
        }
        List<String> sources = r.listProperties(DCTerms.source).mapWith(s -> s.getString()).toList();
        boolean office = sources.stream().anyMatch(s -> s.startsWith("leaders/"));
        boolean capital = r.hasProperty(r.getModel().createProperty(Wikidata.P31), r.getModel().createResource(Wikidata.item(Wikidata.CAPITAL)));
        return new GazetteerItem(qid, r.getProperty(RDFS.label).getString(), aliases, kinds, countries, sources.size(),
                office, capital, types);
    }
}
