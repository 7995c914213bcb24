package org.summitkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.summitkg.SummitKgException;

/** Reads the ontology files that travel inside the jar ({@code ontology/*.ttl} in the repository). */
public final class Ontology {
    private Ontology() {
    }

    /** {@code summit.ttl}. */
    public static Model model() {
        return read("summit.ttl");
    }

    /** {@code shapes.ttl}. */
    public static Model shapes() {
        return read("shapes.ttl");
    }

    /** {@code topics.ttl}, the SKOS topic scheme. */
    public static Model topics() {
        return read("topics.ttl");
    }

    static Model read(String file) {
        String resource = "/org/summitkg/ontology/" + file;
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SummitKgException(resource + " is missing from the classpath");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/summit-kg/").parse(m);
            return m;
        } catch (org.apache.jena.riot.RiotException e) {
            throw new org.summitkg.SummitKgException("ontology/" + file + ": not valid Turtle (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new SummitKgException(resource + " cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
