package org.summitkg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.summitkg.SummitKgException;
import org.summitkg.rdf.Prefixes;
import org.summitkg.rdf.TdbStore;

/**
 * Writes the whole store as RDF. Turtle gets the union of all graphs; TriG, N-Quads and JSON-LD
 * keep each article's named graph (JSON-LD as {@code @graph} objects with their {@code @id},
 * compacted with the summit vocabulary's context, {@code ontology/context.jsonld}).
 *
 * <pre>{@code
 * RdfExporter.Format.TRIG.write(store, System.out);
 * }</pre>
 */
public final class RdfExporter {
    /** Where the JSON-LD context travels inside the jar. */
    static final String CONTEXT = "/org/summitkg/ontology/context.jsonld";

    private RdfExporter() {
    }

    /** The RDF formats {@code summit-kg export} writes. */
    public enum Format {
        TTL, TRIG, NQ, JSONLD;

        /** Writes the store; the store is read in one read transaction, copied, then written. */
        public void write(TdbStore store, OutputStream out) {
            switch (this) {
                case TTL -> RDFDataMgr.write(out, store.unionCopy(), RDFFormat.TURTLE_BLOCKS);
                case TRIG -> RDFDataMgr.write(out, named(store), RDFFormat.TRIG_BLOCKS);
                case NQ -> RDFDataMgr.write(out, named(store), RDFFormat.NQUADS);
                case JSONLD -> jsonLd(named(store), out);
            }
        }
    }

    private static Dataset named(TdbStore store) {
        Dataset copy = store.namedGraphsCopy();
        Prefixes.apply(copy.getPrefixMapping());
        return copy;
    }

    /** JSON-LD 1.1: Jena writes the expanded form (one {@code @graph} per named graph), Titanium compacts it. */
    static void jsonLd(Dataset dataset, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, dataset, RDFFormat.JSONLD11_PLAIN);
        try (InputStream context = RdfExporter.class.getResourceAsStream(CONTEXT)) {
            if (context == null) {
                throw new SummitKgException(CONTEXT + " is missing from the classpath (ontology/context.jsonld)");
            }
            JsonObject compacted = JsonLd.compact(
                    JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())), JsonDocument.of(context)).get();
            StringWriter text = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
                writer.write(compacted);
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (JsonLdError e) {
            throw new SummitKgException("JSON-LD export cannot be compacted with " + CONTEXT + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SummitKgException("JSON-LD export cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
