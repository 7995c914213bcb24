package org.summitkg.serve;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.summitkg.SummitKgException;

/**
 * The embedded, read-only SPARQL endpoint. {@link #create} gives a {@link Builder} whose setters
 * check their values; {@link Builder#build} makes the server, immutable, and {@link #start} runs it.
 *
 * <pre>{@code
 * SparqlServer server = SparqlServer.create(store.dataset()).port(0).build().start();
 * URI endpoint = server.sparqlEndpoint();   // http://localhost:PORT/summit/sparql
 * server.stop();
 * }</pre>
 */
public final class SparqlServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/summit";
    /** Default cap on the rows one viewer query returns. */
    public static final long DEFAULT_VIEWER_ROWS = 2000;
    /** Default server-wide query timeout, milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    /** The read-only paths: query endpoints, graph-store read, the viewer's data. */
    static final List<String> READ_PATHS = List.of(DATASET, DATASET + "/sparql", DATASET + "/query", DATASET + "/get",
            "/viewer/sparql", "/viewer/graph.json", "/viewer/style.json");
    /** The query endpoints that describe themselves (SPARQL 1.1 Service Description). */
    static final List<String> QUERY_PATHS = List.of(DATASET, DATASET + "/sparql", DATASET + "/query");

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** A builder of a server of this dataset: port 3030 on 127.0.0.1, read-only, UI and viewer on, any CORS origin. */
    public static Builder create(Dataset dataset) {
        return new Builder(dataset);
    }

    /** Starts listening; returns this server. */
    public SparqlServer start() {
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

    /** The URL of the graph viewer. */
    public String viewerPage() {
        return "http://localhost:" + port() + "/viewer/";
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
        server.stop();
    }

    /** Collects a server's settings, each checked as it is set. */
    public static final class Builder {
        private static final String ORIGIN = "https?://[A-Za-z0-9.-]+(:\\d{1,5})?";

        private final Dataset dataset;
        private int port = 3030;
        private long timeoutMs = DEFAULT_TIMEOUT_MS;
        private boolean ui = true;
        private boolean anyInterface;
        private long viewerRows = DEFAULT_VIEWER_ROWS;
        private Path passwordFile;
        private List<String> corsOrigins = List.of("*");

        private Builder(Dataset dataset) {
            this.dataset = java.util.Objects.requireNonNull(dataset, "dataset");
        }

        /** The port to listen on, 0–65535; 0 picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /** Server-wide query timeout, more than 0; a query running longer answers 503. */
        public Builder timeoutMs(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("timeout must be more than 0, was " + value + " ms");
            }
            this.timeoutMs = value;
            return this;
        }

        /** Whether to serve the Fuseki web UI and the viewer (on by default). */
        public Builder ui(boolean value) {
            this.ui = value;
            return this;
        }

        /** The most rows one query of the viewer's endpoint ({@code /viewer/sparql}) returns, and the most nodes its graph draws. */
        public Builder viewerRows(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("viewer rows must be at least 1, was " + value);
            }
            this.viewerRows = value;
            return this;
        }

        /** Listen on every network interface instead of 127.0.0.1 only. */
        public Builder anyInterface(boolean value) {
            this.anyInterface = value;
            return this;
        }

        /**
         * Open SPARQL update ({@code /summit/update}) and graph-store write ({@code /summit/data}) to
         * the users of a readable password file (Jetty realm format: {@code user: password}), with
         * HTTP basic auth; reading stays open to all.
         */
        public Builder allowUpdate(Path users) {
            if (users == null || !java.nio.file.Files.isReadable(users)) {
                throw new IllegalArgumentException("password-file must be a readable file, was " + users);
            }
            this.passwordFile = users;
            return this;
        }

        /**
         * The origins whose pages may query the read-only endpoints from a browser (CORS):
         * {@code *} (the default) for any, origins such as {@code https://example.org:8080}, or
         * none (an empty list). Write endpoints never answer CORS.
         */
        public Builder corsOrigins(List<String> origins) {
            for (String origin : origins) {
                if (!origin.equals("*") && !origin.matches(ORIGIN)) {
                    throw new IllegalArgumentException("cors-origin must be *, none or an origin such as https://example.org:8080 "
                            + "(scheme, host, port), was '" + origin + "'");
                }
            }
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        /** The server, not yet listening. */
        public SparqlServer build() {
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .loopback(!anyInterface)
                    .add(DATASET, service());
            if (passwordFile != null) {
                builder.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC);
            }
            if (ui) {
                addUi(builder);
                builder.addServlet("/viewer/sparql", new ViewerQueryServlet(dataset, viewerRows, timeoutMs));
                ViewerGraphServlet graph = new ViewerGraphServlet(dataset, (int) Math.min(Integer.MAX_VALUE, viewerRows));
                builder.addServlet("/viewer/graph.json", graph);
                builder.addServlet("/viewer/style.json", graph);
                builder.addServlet("/viewer/*", new ViewerServlet());
            }
            QUERY_PATHS.forEach(path -> builder.addFilter(path, new ServiceDescriptionFilter()));
            if (!corsOrigins.isEmpty()) {
                READ_PATHS.forEach(path -> builder.addFilter(path, new CorsFilter(corsOrigins)));
            }
            FusekiServer server = builder.build();
            server.getDataAccessPointRegistry().get(DATASET).getDataService().getDataset().getContext()
                    .set(ARQ.queryTimeout, Long.toString(timeoutMs));
            return new SparqlServer(server);
        }

        /** Builds the server and starts it. */
        public SparqlServer start() {
            return build().start();
        }

        /** Query and graph-store read for everyone; update and graph-store write only with a password file. */
        private DataService.Builder service() {
            DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph())
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (passwordFile != null) {
                AuthPolicy writers = Auth.policyAllowSpecific(PasswordFile.users(passwordFile));
                service.addEndpoint(Operation.Update, "update", writers)
                        .addEndpoint(Operation.GSP_RW, "data", writers);
            }
            return service;
        }

        /**
         * The Fuseki web UI (from the jena-fuseki-ui jar) in read-only form: its pages, the server
         * status it asks for, and statistics. The admin module, which could create datasets, is
         * left out.
         */
        private static void addUi(FusekiServer.Builder builder) {
            URL index = SparqlServer.class.getClassLoader().getResource("webapp/index.html");
            if (index == null) {
                throw new SummitKgException("the Fuseki UI (jena-fuseki-ui) is missing from the classpath");
            }
            String base = index.toString();
            builder.staticFileBase(base.substring(0, base.length() - "/index.html".length()))
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .enableStats(true)
                    .enablePing(true);
        }
    }
}
