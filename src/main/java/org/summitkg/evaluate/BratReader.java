package org.summitkg.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;

/**
 * Reads gold attributions in BRAT standoff, the format of PolNeAR and of annotation tools (brat,
 * INCEpTION): a folder with {@code text/NAME.txt} and {@code attributions/NAME[_ANNOTATOR].ann},
 * or both files side by side in one folder. Where several annotators annotated an article, the
 * first file in name order is used.
 *
 * <pre>{@code
 * List<BratDocument> gold = BratReader.read(Path.of("my-gold"));
 * }</pre>
 */
public final class BratReader {
    /** The start of an annotation line: an id such as T12, E3, A1, R2, N1 or #1, and a tab. */
    private static final java.util.regex.Pattern ANNOTATION_ID = java.util.regex.Pattern.compile("[TEARMN#*]\\d*\t");
    private BratReader() {
    }

    /** True when {@code folder} looks like BRAT gold: a {@code text/} and {@code attributions/} pair, or .ann files. */
    public static boolean isBrat(Path folder) {
        if (Files.isDirectory(folder.resolve("text")) && Files.isDirectory(folder.resolve("attributions"))) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".ann"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The texts of the gold folder (the files summit-kg must read). */
    public static Path textFolder(Path folder) {
        return Files.isDirectory(folder.resolve("text")) ? folder.resolve("text") : folder;
    }

    public static List<BratDocument> read(Path folder) {
        Path texts = textFolder(folder);
        Path anns = Files.isDirectory(folder.resolve("attributions")) ? folder.resolve("attributions") : folder;
        List<Path> annFiles = list(anns, ".ann");
        List<BratDocument> docs = new ArrayList<>();
        for (Path text : list(texts, ".txt")) {
            String name = stem(text);
            annotationFor(name, annFiles).ifPresent(ann -> docs.add(new BratDocument(name, readText(text), parse(ann))));
        }
        if (docs.isEmpty()) {
            throw new SummitKgException(folder + ": BRAT gold must hold NAME.txt files with NAME.ann or NAME_ANNOTATOR.ann "
                    + "annotations (in text/ and attributions/, or side by side), found none");
        }
        return docs;
    }

    private static Optional<Path> annotationFor(String name, List<Path> annFiles) {
        return annFiles.stream().filter(a -> stem(a).equals(name)
                || stem(a).startsWith(name + "_") && stem(a).indexOf('_', name.length() + 1) < 0).findFirst();
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new SummitKgException(folder + ": gold folder cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new SummitKgException(file + ": gold text cannot be read as UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    /** The attributions of one .ann file: its {@code E} lines, with the {@code T} spans they name. */
    static List<BratAttribution> parse(Path ann) {
        List<String> lines;
        try {
            lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SummitKgException(ann + ": annotation file cannot be read as UTF-8 (" + e.getMessage() + ")", e);
        }
        return parse(ann.toString(), lines);
    }

    static List<BratAttribution> parse(String file, List<String> lines) {
        Map<String, TextBound> bounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!ANNOTATION_ID.matcher(lines.get(i)).lookingAt()) {
                continue; // the rest of a span's text that runs over a line break, or a blank line
            }
            String[] cells = lines.get(i).split("\t");
            if (cells[0].startsWith("T")) {
                bounds.put(cells[0], TextBound.parse(cells, file, i + 1));
            } else if (cells[0].startsWith("E") && cells.length >= 2) {
                events.add(cells);
            }
        }
        return events.stream().map(e -> attribution(e[1], bounds)).toList();
    }

    private static BratAttribution attribution(String arguments, Map<String, TextBound> bounds) {
        Map<String, List<TextBound>> byRole = new HashMap<>();
        for (String arg : arguments.trim().split("\\s+")) {
            int colon = arg.indexOf(':');
            TextBound t = colon < 0 ? null : bounds.get(arg.substring(colon + 1));
            if (t != null) {
                byRole.computeIfAbsent(arg.substring(0, colon).replaceAll("\\d+$", ""), k -> new ArrayList<>()).add(t);
            }
        }
        return new BratAttribution(spans(byRole, "Source"), spans(byRole, "Cue"), spans(byRole, "Content"),
                text(byRole, "Source"), text(byRole, "Cue"));
    }

    private static List<TextSpan> spans(Map<String, List<TextBound>> byRole, String role) {
        return byRole.getOrDefault(role, List.of()).stream().flatMap(t -> t.spans().stream()).toList();
    }

    private static String text(Map<String, List<TextBound>> byRole, String role) {
        return String.join(" ", byRole.getOrDefault(role, List.of()).stream().map(TextBound::text).toList());
    }

    /** A {@code T} line: id, label, fragments "b e;b e", text. */
    private record TextBound(List<TextSpan> spans, String text) {
        static TextBound parse(String[] cells, String file, int line) {
            if (cells.length < 2) {
                throw new SummitKgException(file + " line " + line + ": a T line must be 'ID<TAB>Label begin end<TAB>text', was \""
                        + String.join("\\t", cells) + "\"");
            }
            String[] labelAndSpans = cells[1].split(" ", 2);
            List<TextSpan> spans = new ArrayList<>();
            try {
                for (String fragment : labelAndSpans[1].split(";")) {
                    String[] be = fragment.trim().split(" ");
                    spans.add(new TextSpan(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                }
            } catch (RuntimeException e) {
                throw new SummitKgException(file + " line " + line + ": span offsets must be 'begin end' integers, was \""
                        + cells[1] + "\"", e);
            }
            return new TextBound(spans, cells.length > 2 ? cells[2] : "");
        }
    }
}
