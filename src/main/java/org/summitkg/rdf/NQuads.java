package org.summitkg.rdf;

import java.io.StringWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** One named graph as N-Quads text, the form the Spark job writes and {@code load} reads. */
public final class NQuads {
    private NQuads() {
    }

    /** The quads of {@code model} in the graph {@code graphIri}, one a line, without a final line end. */
    public static String of(String graphIri, Model model) {
        Dataset one = DatasetFactory.create();
        one.addNamedModel(graphIri, model);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, one, Lang.NQUADS);
        return out.toString().strip();
    }
}
