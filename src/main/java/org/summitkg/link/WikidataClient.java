package org.summitkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.extract.entity.EntityType;

/**
 * Online reconciliation against Wikidata's public API: {@code wbsearchentities} for candidates,
 * then {@code wbgetentities} for their P31 types, keeping the first candidate of a kind the
 * entity type allows. Answers, hits and misses alike, are cached in a JSON file so a name is
 * asked once; what was learned can be written out in the gazetteer's vocabulary. Requests are
 * retried with back-off and Wikidata's maxlag ({@link WikidataApi}); a name still unanswered is
 * skipped, and after {@value #FAILED_NAMES_BEFORE_OFFLINE} such names in a row linking goes on offline.
 *
 * <pre>{@code
 * WikidataClient wd = new WikidataClient(URI.create(WikidataClient.DEFAULT_API), Path.of("data/cache/wikidata.json"));
 * Optional<GazetteerItem> item = wd.reconcile("Alma Reyes", EntityType.PERSON);
 * wd.save();
 * }</pre>
 */
public final class WikidataClient implements Reconciler {
    /** Wikidata's API endpoint. */
    public static final String DEFAULT_API = "https://www.wikidata.org/w/api.php";
    static final int FAILED_NAMES_BEFORE_OFFLINE = 3;
    private static final Logger log = LoggerFactory.getLogger("summitkg.link");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CANDIDATES = 5;
    /** New answers between two writes of the cache file (and one at {@link #save}). */
    private static final int SAVE_EVERY = 20;

    private final WikidataApi api;
    private final JsonCache cache;
    private final Map<String, GazetteerItem> learned = new LinkedHashMap<>();
    private int unsaved;
    private int failedInARow;
    private boolean offline;

    public WikidataClient(URI api, Path cacheFile) {
        this(new WikidataApi(api, 4, Duration.ofSeconds(1)), cacheFile);
    }

    WikidataClient(WikidataApi api, Path cacheFile) {
        this.api = api;
        this.cache = new JsonCache(cacheFile);
    }

    @Override
    public synchronized Optional<GazetteerItem> reconcile(String name, EntityType type) {
        String key = type + "|" + name;
        if (!cache.contains(key)) {
            if (offline) {
                return Optional.empty();
            }
            try {
                cache.put(key, ask(name, type));
                failedInARow = 0;
                if (++unsaved >= SAVE_EVERY) {
                    save();
                }
            } catch (IOException e) {
                failed(name, e);
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        Optional<GazetteerItem> item = fromJson(cache.get(key));
        item.ifPresent(i -> learned.put(i.qid(), i));
        return item;
    }

    private void failed(String name, IOException e) {
        failedInARow++;
        if (failedInARow >= FAILED_NAMES_BEFORE_OFFLINE || e instanceof java.net.ConnectException) {
            offline = true;
            log.warn("Wikidata API {} cannot be reached ({}); linking goes on offline", api.uri(), e.getMessage());
        } else {
            log.warn("Wikidata API gave no answer for \"{}\" ({}); it is left unlinked", name, e.getMessage());
        }
    }

    /** Writes the answers not yet on disk to the cache file (atomically). */
    public synchronized void save() {
        cache.write();
        unsaved = 0;
    }

    /** HTTP requests sent so far, retries included (cache hits send none). */
    public synchronized int requests() {
        return api.requests();
    }

    /** What was learned, in the gazetteer's vocabulary, to add to the offline gazetteer. */
    public synchronized Model learned() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("wd", Wikidata.ENTITY);
        m.setNsPrefix("wdt", Wikidata.DIRECT);
        for (GazetteerItem i : learned.values()) {
            Resource r = m.createResource(Wikidata.item(i.qid()))
                    .addProperty(RDFS.label, i.label(), "en")
                    .addProperty(DCTerms.source, "wikidata-online: " + api.uri());
            i.types().forEach(t -> r.addProperty(m.createProperty(Wikidata.P31), m.createResource(Wikidata.item(t))));
        }
        return m;
    }

    private JsonNode ask(String name, EntityType type) throws IOException, InterruptedException {
        JsonNode search = api.get(Map.of("action", "wbsearchentities", "search", name, "language", "en", "type", "item",
                "limit", Integer.toString(CANDIDATES)));
        List<String> ids = new ArrayList<>();
        search.path("search").forEach(s -> ids.add(s.path("id").asText()));
        if (ids.isEmpty()) {
            return JSON.nullNode();
        }
        JsonNode entities = api.get(Map.of("action", "wbgetentities", "ids", String.join("|", ids), "props", "labels|claims",
                "languages", "en")).path("entities");
        Set<ItemKind> allowed = ItemKind.allowedFor(type);
        for (String id : ids) {
            JsonNode entity = entities.path(id);
            List<String> types = types(entity);
            if (types.stream().map(ItemKind::ofType).anyMatch(k -> k != null && allowed.contains(k))) {
                ObjectNode hit = JSON.createObjectNode().put("qid", id)
                        .put("label", entity.path("labels").path("en").path("value").asText(name));
                types.forEach(hit.withArray("types")::add);
                return hit;
            }
        }
        return JSON.nullNode();
    }

    private static List<String> types(JsonNode entity) {
        List<String> out = new ArrayList<>();
        entity.path("claims").path("P31").forEach(c -> {
            String id = c.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (!id.isEmpty()) {
                out.add(id);
            }
        });
        return out;
    }

    private static Optional<GazetteerItem> fromJson(JsonNode hit) {
        if (hit == null || hit.isNull() || !hit.has("qid")) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        hit.path("types").forEach(t -> types.add(t.asText()));
        return Optional.of(new GazetteerItem(hit.get("qid").asText(), hit.get("label").asText(), List.of(), ItemKind.ofTypes(types),
                Set.of(), 1, false, false, types, List.of()));
    }
}
