package org.summitkg.extract.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.summitkg.extract.parse.Lexicon;

/**
 * Event words ({@code events.tsv}), the words of proposal and hypothesis around them, and the
 * words whose subject proposed the event ({@code event-proposers.txt}).
 */
public record EventLexicon(Map<String, String> nouns, Map<String, String> verbs, Lexicon proposal,
                           Lexicon hypothetical, Lexicon proposers) {
    public EventLexicon {
        nouns = Map.copyOf(nouns);
        verbs = Map.copyOf(verbs);
    }

    public static EventLexicon shipped() {
        Map<String, String> nouns = new HashMap<>();
        Map<String, String> verbs = new HashMap<>();
        try (InputStream in = EventLexicon.class.getResourceAsStream("/org/summitkg/lexicon/events.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] cells = line.strip().split("\t");
                if (cells.length == 3 && !line.startsWith("#") && !cells[0].equals("word")) {
                    (cells[1].equals("V") ? verbs : nouns).put(cells[0].toLowerCase(Locale.ROOT), cells[2]);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("lexicon events.tsv cannot be read", e);
        }
        return new EventLexicon(nouns, verbs, Lexicon.load("event-proposal"), Lexicon.load("event-hypothetical"),
                Lexicon.load("event-proposers"));
    }
}
