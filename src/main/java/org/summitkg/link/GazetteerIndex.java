package org.summitkg.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.summitkg.SummitKgException;

/**
 * The gazetteer's items in the form a build loads fast: one gzipped tab-separated line per item,
 * written by {@code summit-kg gazetteer} beside {@code gazetteer.ttl} (the form people read and
 * review) from the same model, so the two always agree. Reading it skips RDF parsing, which
 * takes seconds for tens of thousands of items on a cold JVM.
 *
 * <p>Columns: qid, label, aliases, P31 types, countries (lists joined by {@code |}), number of
 * sources, office holder, capital (1/0), terms ({@code position/start/end}, joined by {@code |}).
 */
final class GazetteerIndex {
    /** The file's first line; a file without it is not an index of this version. */
    static final String HEADER = "#summit-kg gazetteer index 1\tqid\tlabel\taliases\ttypes\tcountries\tsources\toffice\tcapital\tterms";

    private GazetteerIndex() {
    }

    static void write(List<GazetteerItem> items, OutputStream out) {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write(HEADER);
            w.newLine();
            for (GazetteerItem i : items) {
                w.write(String.join("\t", i.qid(), clean(i.label()), join(i.aliases()), join(i.types()), join(i.countries()),
                        Integer.toString(i.sources()), i.officeHolder() ? "1" : "0", i.capital() ? "1" : "0",
                        String.join("|", i.terms().stream().map(GazetteerIndex::term).sorted().toList())));
                w.newLine();
            }
        } catch (IOException e) {
            throw new SummitKgException("gazetteer index cannot be written (" + e.getMessage() + ")", e);
        }
    }

    static List<GazetteerItem> read(InputStream in, String name) {
        List<GazetteerItem> items = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            if (!HEADER.equals(r.readLine())) {
                throw new SummitKgException(name + ": not a summit-kg gazetteer index (rebuild it with summit-kg gazetteer)");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new SummitKgException(name + ":" + n + ": expected 9 tab-separated fields, found " + f.length);
                }
                items.add(item(f));
            }
        } catch (IOException e) {
            throw new SummitKgException(name + ": gazetteer index cannot be read (" + e.getMessage() + ")", e);
        }
        return items;
    }

    private static GazetteerItem item(String[] f) {
        List<String> types = list(f[3]);
        List<Term> terms = list(f[8]).stream().map(t -> t.split("/", -1))
                .map(t -> new Term(t[0], t[1].isEmpty() ? null : t[1], t[2].isEmpty() ? null : t[2])).toList();
        return new GazetteerItem(f[0], f[1], list(f[2]), ItemKind.ofTypes(types), new HashSet<>(list(f[4])), Integer.parseInt(f[5]),
                f[6].equals("1"), f[7].equals("1"), types, terms);
    }

    private static String term(Term t) {
        return t.position() + "/" + (t.start() == null ? "" : t.start()) + "/" + (t.end() == null ? "" : t.end());
    }

    /** The values, sorted so that the same gazetteer always writes the same file. */
    private static String join(Iterable<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(clean(v).replace('|', ' ')));
        return String.join("|", out.stream().distinct().sorted().toList());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
