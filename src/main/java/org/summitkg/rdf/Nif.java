package org.summitkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few NIF Core terms summit-kg uses for text and offsets. */
public final class Nif {
    /** Namespace of NIF Core 2.0. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    /** The full text of a context. */
    public static final Property isString = property("isString");
    /** The exact text of a span. */
    public static final Property anchorOf = property("anchorOf");
    /** Offset of a span's first character in its context. */
    public static final Property beginIndex = property("beginIndex");
    /** Offset just after a span's last character. */
    public static final Property endIndex = property("endIndex");

    private Nif() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
