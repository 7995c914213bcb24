package org.summitkg.rdf;

import java.text.Normalizer;
import java.util.Locale;
import org.summitkg.extract.entity.EntityType;

/**
 * Mints the stable, readable IRIs of summit-kg: the same article id, entity name or offsets give
 * the same IRI on every run, e.g. {@code https://w3id.org/summit-kg/resource/person/louis-moreau}.
 */
public final class SummitIris {
    /** Base of every resource IRI. */
    public static final String BASE = "https://w3id.org/summit-kg/";
    /** The named graph that holds the ontology inside the store. */
    public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";

    private SummitIris() {
    }

    public static String article(String articleId) {
        return BASE + "resource/article/" + articleId;
    }

    public static String graph(String articleId) {
        return BASE + "graph/" + articleId;
    }

    public static String sentence(String articleId, int index) {
        return article(articleId) + "/sentence/" + index;
    }

    public static String mention(String articleId, int begin, int end) {
        return article(articleId) + "/mention/" + begin + "-" + end;
    }

    public static String entity(EntityType type, String name) {
        return BASE + "resource/" + folder(type) + "/" + slug(name);
    }

    /** Lower-case ASCII words joined by '-': "Louis V. Moreau" → "louis-v-moreau". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace(".", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }

    private static String folder(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case GROUP -> "group";
            case ORGANIZATION -> "organization";
            default -> "place";
        };
    }
}
