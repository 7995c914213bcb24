package org.summitkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.SummitKgException;

/**
 * A JSON object on disk, key to answer, written atomically (a temporary file beside it, then a
 * rename), so a crash mid-write leaves the previous file whole. An unreadable file is reported and
 * started afresh.
 */
final class JsonCache {
    private static final Logger log = LoggerFactory.getLogger("summitkg.link");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, JsonNode> entries = new LinkedHashMap<>();

    /** The cache in {@code file}, or one that is never written when {@code file} is null. */
    JsonCache(Path file) {
        this.file = file;
        try {
            if (file != null && Files.isRegularFile(file)) {
                JSON.readTree(file.toFile()).fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
            }
        } catch (IOException e) {
            log.warn("Ignoring unreadable Wikidata cache {}: {}", file, e.getMessage());
        }
    }

    boolean contains(String key) {
        return entries.containsKey(key);
    }

    JsonNode get(String key) {
        return entries.get(key);
    }

    void put(String key, JsonNode value) {
        entries.put(key, value);
    }

    int size() {
        return entries.size();
    }

    void write() {
        if (file == null) {
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            ObjectNode root = JSON.createObjectNode();
            entries.forEach(root::set);
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SummitKgException(file + ": Wikidata cache cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
