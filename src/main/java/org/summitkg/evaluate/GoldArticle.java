package org.summitkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.summitkg.SummitKgException;

/** One gold file: the article it annotates, its entities and statements, and the named items to ignore. */
public record GoldArticle(String article, List<GoldEntity> entities, List<GoldStatement> statements,
                          List<GoldEvent> events, List<String> ignoredNames) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public GoldArticle {
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        ignoredNames = List.copyOf(ignoredNames);
    }

    /** The gold entity of a canonical name, if the file lists it. */
    public java.util.Optional<GoldEntity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Reads a gold file; a file that is not of the format is one clear error naming it. */
    public static GoldArticle read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.hasNonNull("article") || !root.path("entities").isArray()) {
                throw new SummitKgException(file + ": gold file must be a JSON object with 'article' and 'entities'");
            }
            return new GoldArticle(root.get("article").asText(), entities(root.get("entities")),
                    statements(root.path("statements")), events(root.path("events")), ignored(root));
        } catch (IOException e) {
            throw new SummitKgException(file + ": gold file cannot be read as JSON (" + e.getMessage() + ")", e);
        }
    }

    private static List<GoldEntity> entities(JsonNode array) {
        List<GoldEntity> out = new ArrayList<>();
        for (JsonNode e : array) {
            List<String> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(m.asText()));
            String qid = e.hasNonNull("wikidata") ? e.get("wikidata").asText() : null;
            out.add(new GoldEntity(e.path("name").asText(), e.path("type").asText(), mentions, qid));
        }
        return out;
    }

    private static List<GoldStatement> statements(JsonNode array) {
        List<GoldStatement> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(new GoldStatement(strings(s.path("speaker")), s.path("kind").asText(), s.path("text").asText(),
                    strings(s.path("topics")), s.path("borderline").asBoolean(false), s.path("fragment").asBoolean(false)));
        }
        return out;
    }

    private static List<GoldEvent> events(JsonNode array) {
        List<GoldEvent> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(new GoldEvent(e.path("type").asText(), strings(e.path("alt_types")), strings(e.path("participants")),
                    e.hasNonNull("place") ? e.get("place").asText() : null,
                    e.hasNonNull("date") ? e.get("date").asText() : null, e.path("status").asText(),
                    e.path("borderline").asBoolean(false)));
        }
        return out;
    }

    /** A string or an array of strings, as a list. */
    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static List<String> ignored(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.path("other_named_items").forEach(i -> out.add(i.path("surface").asText()));
        return out;
    }
}
