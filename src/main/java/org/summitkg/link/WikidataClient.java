package org.summitkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * asked once; what was learned can be written out in the gazetteer's vocabulary. A network
 * failure is logged once and the build goes on offline.
 *
 * <pre>{@code
 * WikidataClient wd = new WikidataClient(URI.create(WikidataClient.DEFAULT_API), Path.of("data/cache/wikidata.json"));
 * Optional<GazetteerItem> item = wd.reconcile("Kaja Kallas", EntityType.PERSON);
 * }</pre>
 */
public final class WikidataClient implements Reconciler {
    /** Wikidata's API endpoint. */
    public static final String DEFAULT_API = "https://www.wikidata.org/w/api.php";
    private static final Logger log = LoggerFactory.getLogger("summitkg.link");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CANDIDATES = 5;

    private final URI api;
    private final Path cacheFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, JsonNode> cache;
    private final Map<String, GazetteerItem> learned = new LinkedHashMap<>();
    private int requests;
    private boolean offline;

    public WikidataClient(URI api, Path cacheFile) {
        this.api = api;
        this.cacheFile = cacheFile;
        this.cache = readCache(cacheFile);
    }

    @Override
    public synchronized Optional<GazetteerItem> reconcile(String name, EntityType type) {
        String key = type + "|" + name;
        if (!cache.containsKey(key)) {
            if (offline) {
                return Optional.empty();
            }
            try {
                cache.put(key, ask(name, type));
                writeCache();
            } catch (IOException e) {
                offline = true;
                log.warn("Wikidata API {} cannot be reached ({}); linking goes on offline", api, e.getMessage());
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

    /** HTTP requests sent so far (cache hits send none). */
    public synchronized int requests() {
        return requests;
    }

    /** What was learned, in the gazetteer's vocabulary, to add to the offline gazetteer. */
    public synchronized Model learned() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("wd", Wikidata.ENTITY);
        m.setNsPrefix("wdt", Wikidata.DIRECT);
        for (GazetteerItem i : learned.values()) {
            Resource r = m.createResource(Wikidata.item(i.qid()))
                    .addProperty(RDFS.label, i.label(), "en")
                    .addProperty(DCTerms.source, "wikidata-online: " + api);
            i.types().forEach(t -> r.addProperty(m.createProperty(Wikidata.P31), m.createResource(Wikidata.item(t))));
        }
        return m;
    }

    private JsonNode ask(String name, EntityType type) throws IOException, InterruptedException {
        JsonNode search = get(Map.of("action", "wbsearchentities", "search", name, "language", "en", "type", "item",
                "limit", Integer.toString(CANDIDATES), "format", "json"));
        List<String> ids = new ArrayList<>();
        search.path("search").forEach(s -> ids.add(s.path("id").asText()));
        if (ids.isEmpty()) {
            return JSON.nullNode();
        }
        JsonNode entities = get(Map.of("action", "wbgetentities", "ids", String.join("|", ids), "props", "labels|claims",
                "languages", "en", "format", "json")).path("entities");
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

    private JsonNode get(Map<String, String> params) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + query.toString()))
                .header("User-Agent", "summit-kg (knowledge-graph builder)").timeout(Duration.ofSeconds(20)).build();
        requests++;
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + api);
        }
        return JSON.readTree(response.body());
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

    private static Map<String, JsonNode> readCache(Path file) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try {
            if (file != null && Files.isRegularFile(file)) {
                JSON.readTree(file.toFile()).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            log.warn("Ignoring unreadable Wikidata cache {}: {}", file, e.getMessage());
        }
        return out;
    }

    private void writeCache() throws IOException {
        if (cacheFile == null) {
            return;
        }
        if (cacheFile.getParent() != null) {
            Files.createDirectories(cacheFile.getParent());
        }
        ObjectNode root = JSON.createObjectNode();
        cache.forEach(root::set);
        JSON.writerWithDefaultPrettyPrinter().writeValue(cacheFile.toFile(), root);
    }
}
