package org.summitkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;

/** Typed literals written the same way everywhere. */
final class Literals {
    private Literals() {
    }

    /** A character offset, as an {@code xsd:nonNegativeInteger} (NIF's begin and end index). */
    static Literal offset(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger);
    }

    /** A confidence, 0–1, as an {@code xsd:decimal} of two places. */
    static Literal confidence(Model m, double value) {
        return m.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }
}
