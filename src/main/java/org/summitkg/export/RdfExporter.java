package org.summitkg.export;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.summitkg.rdf.Prefixes;
import org.summitkg.rdf.TdbStore;

/**
 * Writes the whole store as RDF. Turtle and JSON-LD get the union of all graphs; TriG and
 * N-Quads keep each article's named graph.
 *
 * <pre>{@code
 * RdfExporter.Format.TRIG.write(store, System.out);
 * }</pre>
 */
public final class RdfExporter {
    private RdfExporter() {
    }

    /** The RDF formats {@code summit-kg export} writes. */
    public enum Format {
        TTL(RDFFormat.TURTLE_BLOCKS, false),
        TRIG(RDFFormat.TRIG_BLOCKS, true),
        NQ(RDFFormat.NQUADS, true),
        JSONLD(RDFFormat.JSONLD11, false);

        private final RDFFormat format;
        private final boolean quads;

        Format(RDFFormat format, boolean quads) {
            this.format = format;
            this.quads = quads;
        }

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        }

        public void write(TdbStore store, OutputStream out) {
            if (quads) {
                Dataset copy = store.namedGraphsCopy();
                Prefixes.apply(copy.getPrefixMapping());
                RDFDataMgr.write(out, copy, format);
            } else {
                Model union = store.unionCopy();
                RDFDataMgr.write(out, union, format);
            }
        }
    }
}
