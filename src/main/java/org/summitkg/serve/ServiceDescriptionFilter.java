package org.summitkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: a GET without a {@code query}
 * parameter answers what the service is (its endpoint, SPARQL 1.1 Query, the result formats it
 * writes, the union default graph), in Turtle or, by content negotiation, JSON-LD, RDF/XML or
 * N-Triples. Every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "N-Quads", "TriG", "RDF_XML", "JSON-LD"};
    private static final Lang[] OFFERED = {Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES};

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"GET".equals(request.getMethod()) || request.getParameter("query") != null) {
            chain.doFilter(req, resp);
            return;
        }
        Lang lang = negotiate(request.getHeader("Accept"));
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        RDFDataMgr.write(response.getOutputStream(), describe(request.getRequestURL().toString()), lang);
    }

    /** The first offered syntax the Accept header names; Turtle when it names none. */
    static Lang negotiate(String accept) {
        if (accept != null) {
            for (String part : accept.split(",")) {
                Lang lang = RDFLanguages.contentTypeToLang(part.split(";")[0].trim());
                for (Lang offered : OFFERED) {
                    if (offered.equals(lang)) {
                        return offered;
                    }
                }
            }
        }
        return Lang.TURTLE;
    }

    static Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource().addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : RESULT_FORMATS) {
            service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + format));
        }
        service.addProperty(sd(m, "defaultDataset"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))));
        return m;
    }

    private static Property sd(Model m, String name) {
        return m.createProperty(SD, name);
    }
}
