package org.summitkg.rdf;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;

/** How SELECT results are written. */
public enum ResultFormat {
    /** An aligned text table, for people. */
    TABLE,
    /** SPARQL 1.1 TSV. */
    TSV,
    /** SPARQL 1.1 CSV. */
    CSV,
    /** SPARQL 1.1 JSON results. */
    JSON;

    void write(ResultSet results, Query query, OutputStream out) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
