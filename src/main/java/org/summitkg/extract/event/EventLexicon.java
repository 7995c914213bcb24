package org.summitkg.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.internal.Table;

/**
 * Event words ({@code events.tsv}) with the kinds of event they give ({@code event-kinds.tsv}) and the
 * verbs among them that mention an event only with an object that names someone ("called the mayor"),
 * the words of proposal and hypothesis around them, the words whose subject proposed the
 * event ({@code event-proposers.txt}), the verbs that make a participant host or mediator
 * ({@code event-roles.tsv}), the words of a series ({@code event-continuation.txt}: "the next meeting"), and
 * the verbs whose modality is that of the event they take as subject or object ({@code event-realising.txt}).
 */
public record EventLexicon(Map<String, EventKind> kinds, Map<String, EventKind> nouns, Map<String, EventKind> verbs,
                           java.util.Set<String> partyObjectVerbs, Lexicon proposal, Lexicon hypothetical, Lexicon proposers, Lexicon continuation,
                           Lexicon realising, Map<String, Role> roles) {
    /** The roles {@code event-roles.tsv} may give a participant. */
    public enum Role { HOST, MEDIATOR }
    private static final String FOLDER = "/org/summitkg/lexicon/";

    public EventLexicon {
        kinds = Map.copyOf(kinds);
        nouns = Map.copyOf(nouns);
        verbs = Map.copyOf(verbs);
        partyObjectVerbs = java.util.Set.copyOf(partyObjectVerbs);
        roles = Map.copyOf(roles);
    }

    public static EventLexicon shipped() {
        return read(Table.tsvResource(FOLDER + "event-kinds.tsv"), Table.tsvResource(FOLDER + "events.tsv"),
                Lexicon.load("event-proposal"), Lexicon.load("event-hypothetical"), Lexicon.load("event-proposers"),
                Lexicon.load("event-continuation"), Lexicon.load("event-realising")).withRoles(Table.tsvResource(FOLDER + "event-roles.tsv"));
    }

    /** This lexicon with the verbs that give roles, read from rows of {@code word, role}. */
    EventLexicon withRoles(List<Table.Row> rows) {
        Map<String, Role> out = new HashMap<>();
        for (Table.Row row : rows) {
            try {
                out.put(row.get("word").toLowerCase(Locale.ROOT), Role.valueOf(row.get("role").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("role", "must be one of " + java.util.Arrays.stream(Role.values())
                        .map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
        return new EventLexicon(kinds, nouns, verbs, partyObjectVerbs, proposal, hypothetical, proposers, continuation, realising, out);
    }

    static EventLexicon read(List<Table.Row> kindRows, List<Table.Row> wordRows, Lexicon proposal, Lexicon hypothetical,
                             Lexicon proposers, Lexicon continuation, Lexicon realising) {
        Map<String, EventKind> kinds = new HashMap<>();
        for (Table.Row row : kindRows) {
            String partOf = row.values().getOrDefault("part_of", "").strip();
            kinds.put(row.get("kind"), new EventKind(row.get("kind"), row.get("family"), rank(row), yes(row, "remarks"),
                    partOf.isEmpty() ? java.util.Set.of() : java.util.Set.of(partOf.split("\\s+"))));
        }
        for (Table.Row row : kindRows) {
            if (!kinds.containsKey(row.get("family"))) {
                throw row.error("family", "must be a kind listed in the same file");
            }
            if (!kinds.keySet().containsAll(kinds.get(row.get("kind")).partOf())) {
                throw row.error("part_of", "must list kinds of the same file");
            }
        }
        Map<String, EventKind> nouns = new HashMap<>();
        Map<String, EventKind> verbs = new HashMap<>();
        java.util.Set<String> partyObject = new java.util.HashSet<>();
        for (Table.Row row : wordRows) {
            EventKind kind = kinds.get(row.get("type"));
            if (kind == null) {
                throw row.error("type", "must be a kind of event-kinds.tsv " + kinds.keySet().stream().sorted().toList());
            }
            switch (row.get("pos")) {
                case "N" -> nouns.put(row.get("word").toLowerCase(Locale.ROOT), kind);
                case "V" -> verbs.put(row.get("word").toLowerCase(Locale.ROOT), kind);
                default -> throw row.error("pos", "must be N or V");
            }
            switch (row.values().getOrDefault("object", "").strip()) {
                case "" -> { }
                case "party-object" -> partyObject.add(row.get("word").toLowerCase(Locale.ROOT));
                default -> throw row.error("object", "must be empty or party-object");
            }
        }
        return new EventLexicon(kinds, nouns, verbs, partyObject, proposal, hypothetical, proposers, continuation, realising, Map.of());
    }

    private static int rank(Table.Row row) {
        try {
            return Integer.parseInt(row.get("rank"));
        } catch (NumberFormatException e) {
            throw row.error("rank", "must be a whole number");
        }
    }

    private static boolean yes(Table.Row row, String column) {
        return switch (row.get(column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error(column, "must be yes or no");
        };
    }
}
