package org.summitkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * The embedded, read-only SPARQL endpoint.
 *
 * <pre>{@code
 * SparqlServer server = SparqlServer.create(store.dataset()).port(0).start();
 * URI endpoint = server.sparqlEndpoint();   // http://localhost:PORT/summit/sparql
 * server.stop();
 * }</pre>
 */
public final class SparqlServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/summit";
    /** Default server-wide query timeout, milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    private final Dataset dataset;
    private int port = 3030;
    private long timeoutMs = DEFAULT_TIMEOUT_MS;
    private boolean ui = true;
    private FusekiServer server;

    private SparqlServer(Dataset dataset) {
        this.dataset = dataset;
    }

    public static SparqlServer create(Dataset dataset) {
        return new SparqlServer(dataset);
    }

    /** The port to listen on; 0 picks a free one. */
    public SparqlServer port(int value) {
        this.port = value;
        return this;
    }

    /** Server-wide query timeout; a query running longer answers 503. */
    public SparqlServer timeoutMs(long value) {
        this.timeoutMs = value;
        return this;
    }

    /** Whether to serve the Fuseki web UI (on by default). */
    public SparqlServer ui(boolean value) {
        this.ui = value;
        return this;
    }

    public SparqlServer start() {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(true)
                .add(DATASET, dataset, false);
        if (ui) {
            builder.fusekiModules(FusekiModules.create(FMod_UI.create()))
                    .addServlet("/$/server", new ActionServerStatus());
        }
        server = builder.build();
        server.getDataAccessPointRegistry().get(DATASET).getDataService().getDataset().getContext()
                .set(ARQ.queryTimeout, Long.toString(timeoutMs));
        server.start();
        return this;
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint's URL. */
    public String sparqlEndpoint() {
        return "http://localhost:" + port() + DATASET + "/sparql";
    }

    /** The URL of the web UI. */
    public String homePage() {
        return "http://localhost:" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
