package org.summitkg.rdf;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.summitkg.extract.entity.EntityType;
import org.summitkg.extract.event.EventStatus;
import org.summitkg.extract.parse.Names;
import org.summitkg.link.ItemKind;

/**
 * Mints the stable, readable IRIs of summit-kg: the same article id, entity name or offsets give
 * the same IRI on every run, e.g. {@code https://w3id.org/summit-kg/resource/person/louis-moreau}.
 */
public final class SummitIris {
    /** Base of every resource IRI. */
    public static final String BASE = "https://w3id.org/summit-kg/";
    /** The named graph that holds the ontology inside the store. */
    public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";
    /** The named graph of what all articles together say of the events (their labels); see {@code SharedEvents}. */
    public static final String EVENTS_GRAPH = BASE + "graph/shared/events";

    private SummitIris() {
    }

    public static String article(String articleId) {
        return BASE + "resource/article/" + articleId;
    }

    public static String graph(String articleId) {
        return BASE + "graph/" + articleId;
    }

    /** The id of the article whose graph this is, or null for the ontology's, the shared graphs and any other name. */
    public static String articleOfGraph(String graphIri) {
        String prefix = BASE + "graph/";
        if (!graphIri.startsWith(prefix) || graphIri.equals(ONTOLOGY_GRAPH)) {
            return null;
        }
        String id = graphIri.substring(prefix.length());
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? id : null;
    }

    public static String sentence(String articleId, int index) {
        return article(articleId) + "/sentence/" + index;
    }

    public static String mention(String articleId, int begin, int end) {
        return article(articleId) + "/mention/" + begin + "-" + end;
    }

    /** The namespace of the entities of a folder, for prefixes: "person", "place", "organization", "group". */
    public static String entityNamespace(EntityType type) {
        return BASE + "resource/" + folder(type) + "/";
    }

    /** An entity no Wikidata item links: its type's folder and the article's name for it. */
    public static String entity(EntityType type, String name) {
        return BASE + "resource/" + folder(type) + "/" + slug(name);
    }

    /** A linked entity, the same in every article: its item's kind's folder and the item's label. */
    public static String entity(ItemKind kind, String itemLabel) {
        return BASE + "resource/" + folder(kind) + "/" + slug(itemLabel);
    }

    /** An event with participants, the same in every article that reports it. */
    public static String event(String family, EventStatus status, List<String> participantIris) {
        String who = participantIris.stream().map(SummitIris::lastSegment).sorted().collect(Collectors.joining("-"));
        return BASE + "resource/event/" + eventSlug(family, status) + "-" + who;
    }

    /** An event without participants: the article's own, told apart by where it is first mentioned. */
    public static String event(String articleId, String family, EventStatus status, int firstMention) {
        return article(articleId) + "/event/" + eventSlug(family, status) + "-" + firstMention;
    }

    /** Whether many articles' graphs may describe this resource (an entity, an event with participants), not one article alone. */
    public static boolean isShared(String iri) {
        return iri.startsWith(BASE + "resource/") && !iri.startsWith(BASE + "resource/article/");
    }

    private static String eventSlug(String family, EventStatus status) {
        return family.toLowerCase(Locale.ROOT) + "-" + status.name().toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** ASCII letters and digits of {@link Names#plain}, words joined by '-': "Louis V. Moreau" → "louis-v-moreau". */
    public static String slug(String name) {
        String slug = Names.plain(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }

    private static String folder(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case GROUP -> "group";
            case ORGANIZATION -> "organization";
            case COUNTRY, CITY, REGION, FACILITY, PLACE -> "place";
        };
    }

    private static String folder(ItemKind kind) {
        return switch (kind) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case COUNTRY, CITY, REGION, CONTINENT, BUILDING, FEATURE -> "place";
        };
    }
}
