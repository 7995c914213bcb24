package org.summitkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;


class ShapeValidatorTest {
    private final ShapeValidator validator = new ShapeValidator();

    @Test
    void aMappedArticleConforms() {
        Model m = new RdfMapper(RdfMapperTest.FIXED).map(RdfMapperTest.graph("named-and-nominal"));
        assertEquals(List.of(), validator.violations(m));
    }

    @Test
    void aMentionWithoutEntityOrOffsetsIsReported() {
        Model m = new RdfMapper(RdfMapperTest.FIXED).map(RdfMapperTest.graph("named-and-nominal"));
        Resource mention = m.listSubjectsWithProperty(Summit.refersTo).next();
        m.removeAll(mention, Summit.refersTo, null);
        m.removeAll(mention, Nif.beginIndex, null);
        List<String> violations = validator.violations(m);
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("refersTo")));
        assertFalse(violations.stream().anyMatch(v -> v.contains("endIndex")));
    }

    @Test
    void aClaimNoOneIsNamedForConformsWithoutASpeakerAndOnlyThen() {
        Model m = new RdfMapper(RdfMapperTest.FIXED).map(RdfMapperTest.graph("unattributed-claims"));
        assertEquals(List.of(), validator.violations(m));
        Resource unattributed = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Summit.UnattributedStatement).next();
        Resource said = m.listSubjectsWithProperty(Summit.speaker).next();
        unattributed.addProperty(Summit.speaker, said.getPropertyResourceValue(Summit.speaker));
        m.removeAll(said, Summit.speaker, null);
        List<String> violations = validator.violations(m);
        assertEquals(2, violations.size(), "a speaker on the one, none on the other: " + violations);
    }
}
