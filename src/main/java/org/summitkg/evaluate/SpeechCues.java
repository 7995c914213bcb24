package org.summitkg.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitkg.SummitKgException;

/**
 * Tells whether a gold cue is a verb or phrase of saying, from {@code evaluate/speech-cues.txt}
 * (scoring knowledge, kept apart from the extractors' lexicons so the score does not follow them).
 */
final class SpeechCues {
    private final Set<String> forms = new HashSet<>();
    private final List<String> phrases = new ArrayList<>();

    private SpeechCues(List<String> lines) {
        for (String line : lines) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (isPhrase(l)) {
                phrases.add(l);
            } else {
                forms.addAll(List.of(l.split(" ")));
            }
        }
    }

    /** Phrases are matched as they stand: the colon, and lines whose words are not forms of one verb ("according to"). */
    private static boolean isPhrase(String line) {
        return line.equals(":") || line.startsWith("according");
    }

    static SpeechCues shipped() {
        try (InputStream in = SpeechCues.class.getResourceAsStream("/org/summitkg/evaluate/speech-cues.txt")) {
            if (in == null) {
                throw new SummitKgException("org/summitkg/evaluate/speech-cues.txt is missing from the classpath");
            }
            return new SpeechCues(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new SummitKgException("org/summitkg/evaluate/speech-cues.txt cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static SpeechCues of(List<String> lines) {
        return new SpeechCues(lines);
    }

    boolean isSpeech(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (phrases.stream().anyMatch(c::contains)) {
            return true;
        }
        for (String word : c.split("[^a-z]+")) {
            if (!word.isEmpty() && lemmas(word).stream().anyMatch(forms::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The word and what it may be an inflection of: says → say, added → add, tweeted → tweet, denies → deny. */
    private static List<String> lemmas(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        strip(out, w, "ies", "y");
        strip(out, w, "ied", "y");
        strip(out, w, "es", "");
        strip(out, w, "s", "");
        strip(out, w, "ed", "");
        strip(out, w, "ed", "e");
        strip(out, w, "d", "");
        strip(out, w, "ing", "");
        strip(out, w, "ing", "e");
        if (w.matches(".*([bdglmnprt])\\1(ed|ing)")) {
            out.add(w.replaceAll("([bdglmnprt])\\1(ed|ing)$", "$1"));
        }
        return out;
    }

    private static void strip(List<String> out, String w, String suffix, String replacement) {
        if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
            out.add(w.substring(0, w.length() - suffix.length()) + replacement);
        }
    }
}
