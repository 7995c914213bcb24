package org.summitkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the gazetteer's triples as they stream from the parser, without building a model, into
 * {@link GazetteerItem}s: tens of thousands of items load in about a second.
 */
final class GazetteerReader extends StreamRDFBase {
    private static final String LABEL = RDFS.label.getURI();
    private static final String ALT = SKOS.altLabel.getURI();
    private static final String SOURCE = DCTerms.source.getURI();
    private static final String HELD = Wikidata.CLAIM + "P39";
    private static final String HELD_VALUE = Wikidata.STATEMENT + "P39";

    /** What the triples say of one item, gathered until the end. */
    private static final class Draft {
        String label;
        final List<String> aliases = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final Set<String> countries = new HashSet<>();
        final List<String> sources = new ArrayList<>();
        final List<Node> terms = new ArrayList<>();
    }

    private final Map<String, Draft> items = new LinkedHashMap<>();
    /** Statement nodes of positions held: position, start, end. */
    private final Map<Node, String[]> statements = new HashMap<>();

    @Override
    public void triple(Triple t) {
        String p = t.getPredicate().getURI();
        if (t.getSubject().isBlank()) {
            String[] s = statements.computeIfAbsent(t.getSubject(), x -> new String[3]);
            int slot = p.equals(HELD_VALUE) ? 0 : p.equals(Wikidata.START) ? 1 : p.equals(Wikidata.END) ? 2 : -1;
            if (slot >= 0) {
                s[slot] = t.getObject().isURI() ? Wikidata.qid(t.getObject().getURI()) : t.getObject().getLiteralLexicalForm();
            }
            return;
        }
        if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(Wikidata.ENTITY)) {
            return;
        }
        Draft d = items.computeIfAbsent(Wikidata.qid(t.getSubject().getURI()), q -> new Draft());
        Node o = t.getObject();
        if (p.equals(LABEL)) {
            d.label = o.getLiteralLexicalForm();
        } else if (p.equals(ALT)) {
            d.aliases.add(o.getLiteralLexicalForm());
        } else if (p.equals(SOURCE)) {
            d.sources.add(o.getLiteralLexicalForm());
        } else if (p.equals(Wikidata.P31)) {
            d.types.add(Wikidata.qid(o.getURI()));
        } else if (p.equals(Wikidata.P17) || p.equals(Wikidata.P27)) {
            d.countries.add(Wikidata.qid(o.getURI()));
        } else if (p.equals(HELD)) {
            d.terms.add(o);
        }
    }

    /** The items that have a label. */
    List<GazetteerItem> items() {
        List<GazetteerItem> out = new ArrayList<>();
        items.forEach((qid, d) -> {
            if (d.label != null) {
                out.add(item(qid, d));
            }
        });
        return out;
    }

    private GazetteerItem item(String qid, Draft d) {
        List<Term> terms = new ArrayList<>();
        for (Node n : d.terms) {
            String[] s = statements.get(n);
            if (s != null && s[0] != null) {
                terms.add(new Term(s[0], s[1], s[2]));
            }
        }
        boolean office = d.sources.stream().anyMatch(s -> s.startsWith("leaders/") || s.contains("heads_of_state"));
        return new GazetteerItem(qid, d.label, d.aliases, ItemKind.ofTypes(d.types), d.countries, d.sources.size(), office,
                d.types.contains(Wikidata.CAPITAL), d.types, terms);
    }
}
