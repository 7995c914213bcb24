package org.summitkg.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.internal.Table;

/**
 * Event words ({@code events.tsv}) with the kinds of event they give ({@code event-kinds.tsv}) and
 * what the object of some must be ({@link Target}),
 * the words of proposal and hypothesis around them, the words whose subject proposed the
 * event ({@code event-proposers.txt}), the verbs that make a participant host or mediator
 * ({@code event-roles.tsv}), the words of a series ({@code event-continuation.txt}: "the next meeting"), and
 * the verbs whose modality is that of the event they take as subject or object ({@code event-realising.txt}).
 */
public record EventLexicon(Map<String, EventKind> kinds, Map<String, EventKind> nouns, Map<String, EventKind> verbs,
                           Map<String, Target> targets, Lexicon proposal, Lexicon hypothetical, Lexicon proposers, Lexicon continuation,
                           Lexicon realising, Map<String, Role> roles) {
    /**
     * What an event word's object or target must be for it to mention an event ({@code object} in
     * {@code events.tsv}), keyed by {@link #key}: someone ("called the mayor", not "called the plan a
     * mistake"), someone if there is an object ("met on Monday", "met the envoy", not "met the
     * target"), not a person ("attacked the port", not "attacked the senator"), no demand ("a
     * phone call", not "a call for reform" or "calls on the council"), or not people at work ("an
     * air strike", not "the dockworkers' strike" or "went on strike").
     */
    public enum Target { PARTY_OBJECT, PARTY_IF_OBJECT, NO_PERSON_TARGET, NO_DEMAND, NO_WORKERS }

    /** The key of {@link #targets}: a lemma and its part of speech, N or V. */
    public static String key(String lemma, boolean verb) {
        return lemma.toLowerCase(Locale.ROOT) + (verb ? " V" : " N");
    }

    /** The roles {@code event-roles.tsv} may give a participant. */
    public enum Role { HOST, MEDIATOR }
    private static final String FOLDER = "/org/summitkg/lexicon/";

    public EventLexicon {
        kinds = Map.copyOf(kinds);
        nouns = Map.copyOf(nouns);
        verbs = Map.copyOf(verbs);
        targets = Map.copyOf(targets);
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
        return new EventLexicon(kinds, nouns, verbs, targets, proposal, hypothetical, proposers, continuation, realising, out);
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
        Map<String, Target> targets = new HashMap<>();
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
            String target = row.values().getOrDefault("object", "").strip();
            if (!target.isEmpty()) {
                try {
                    targets.put(key(row.get("word"), row.get("pos").equals("V")), Target.valueOf(target.toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw row.error("object", "must be empty, party-object, party-if-object, no-person-target, no-demand or no-workers");
                }
            }
        }
        return new EventLexicon(kinds, nouns, verbs, targets, proposal, hypothetical, proposers, continuation, realising, Map.of());
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
