package org.summitkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.parse.Lexicon;
import org.summitkg.internal.Table;

/**
 * Word lists live in {@code lexicon/} and nowhere else: no lexicon word (entries are lower case;
 * "PERSON" is an NER class, not the word) is a string literal in {@code extract}.
 */
class LexiconInCodeTest {
    private static final Path LEXICONS = Path.of("src/main/resources/org/summitkg/lexicon");
    private static final Path EXTRACT = Path.of("src/main/java/org/summitkg/extract");
    private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern NULL_CHECK = Pattern.compile("requireNonNull\\(\\w+, \"\\w+\"\\)");
    /** Columns of the lexicon tables that hold words (the rest are notes, types and flags). */
    private static final Map<String, List<String>> WORD_COLUMNS = Map.of(
            "events.tsv", List.of("word", "type"), "event-kinds.tsv", List.of("kind", "family"),
            "function-words.tsv", List.of("words"), "event-roles.tsv", List.of("word", "role"));

    @Test
    void noLexiconWordIsAStringLiteralInExtract() throws IOException {
        Set<String> words = lexiconWords();
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(EXTRACT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                // the names in null checks are field names, not words of the language
                String code = NULL_CHECK.matcher(COMMENT.matcher(Files.readString(f)).replaceAll("")).replaceAll("");
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    if (words.contains(m.group(1))) {
                        found.computeIfAbsent(EXTRACT.relativize(f).toString(), k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        assertEquals(Map.of(), found, "lexicon words written into Java; read them from lexicon/ instead");
    }

    @Test
    void theTestSeesTheWordsOfEveryKindOfLexicon() throws IOException {
        Set<String> words = lexiconWords();
        // one entry of a word list, of a table's word column, and of a space-separated cell
        for (String expected : List.of(Lexicon.load("speech-verbs").entries().iterator().next(), "summit", "Summit", "according")) {
            assertEquals(true, words.contains(expected), expected);
        }
    }

    private static Set<String> lexiconWords() throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(LEXICONS)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    words.addAll(Lexicon.load(name.substring(0, name.length() - 4)).entries());
                } else if (WORD_COLUMNS.containsKey(name)) {
                    for (Table.Row row : Table.tsv(f)) {
                        for (String column : WORD_COLUMNS.get(name)) {
                            words.add(row.get(column)); // as written: event kinds are class names ("Summit")
                            words.add(row.get(column).toLowerCase(Locale.ROOT));
                            words.addAll(List.of(row.get(column).toLowerCase(Locale.ROOT).split("\\s+")));
                        }
                    }
                } else if (!name.endsWith(".md")) {
                    throw new AssertionError(f + ": a lexicon table this test does not know the word columns of");
                }
            }
        }
        return words;
    }
}
