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

    /** The datatype of an ISO date of the precision it has: a day {@code xsd:date}, a month {@code xsd:gYearMonth}, a year {@code xsd:gYear}. */
    static org.apache.jena.datatypes.RDFDatatype dateType(String iso) {
        return switch (iso.length()) {
            case 4 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear;
            case 7 -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth;
            default -> org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate;
        };
    }

    /** A confidence, 0–1, as an {@code xsd:decimal} of two places. */
    static Literal confidence(Model m, double value) {
        return m.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }
}
