package org.summitkg.extract.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.summitkg.SummitKgException;

/**
 * A word list read from {@code /org/summitkg/lexicon/NAME.txt}: one lower-cased entry per line,
 * blank lines and {@code #} comments ignored.
 */
public record Lexicon(String name, Set<String> entries) {
    public Lexicon {
        entries = Set.copyOf(entries);
    }

    /** Loads the lexicon shipped with summit-kg under that name. */
    public static Lexicon load(String name) {
        String resource = "/org/summitkg/lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SummitKgException("lexicon " + resource + " is missing from the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SummitKgException("lexicon " + resource + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses lexicon text. */
    public static Lexicon parse(String name, String text) {
        Set<String> entries = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(entries::add);
        } catch (IOException e) {
            throw new SummitKgException("lexicon " + name + " cannot be parsed (" + e.getMessage() + ")", e);
        }
        return new Lexicon(name, entries);
    }

    public boolean contains(String word) {
        return entries.contains(word.toLowerCase(Locale.ROOT));
    }
}
