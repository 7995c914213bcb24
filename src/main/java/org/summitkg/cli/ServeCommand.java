package org.summitkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitkg.rdf.TdbStore;
import org.summitkg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code summit-kg serve}: the store over SPARQL, optionally built first in the same process. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only over SPARQL with Apache Jena Fuseki on localhost: "
                + "query at /summit/sparql, graph-store read at /summit/get, the Fuseki web UI at /.",
            "With --build, first builds the corpus into the store (in this process: TDB2 allows one process per store)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--build", description = "Build the corpus into the store before serving.")
    boolean build;

    @Mixin
    BuildOptions buildOptions;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on: 127.0.0.1 / localhost (default) or 0.0.0.0 (every interface).")
    String host;

    @Option(names = "--allow-update", description = "Open SPARQL update and graph-store write to the users of --password-file.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write with --allow-update, one 'user: password' per line (HTTP basic auth).")
    Path passwordFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",", defaultValue = "*",
            description = "Origins whose web pages may query the read-only endpoints (CORS), e.g. https://yasgui.example.org; "
                    + "* for any (default), none to turn CORS off. Write endpoints never answer CORS.")
    List<String> corsOrigins;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout; a longer query answers 503 (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() {
        if (!java.util.Set.of("127.0.0.1", "localhost", "0.0.0.0").contains(host)) {
            throw new ParameterException(spec.commandLine(), "--host must be 127.0.0.1, localhost or 0.0.0.0, was '" + host + "'");
        }
        if (allowUpdate != (passwordFile != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update and --password-file go together: writes need users who may make them");
        }
        int workers = buildOptions.threads(spec);
        try (TdbStore store = TdbStore.open(common.db)) {
            SparqlServer.Builder settings = settings(store);
            int buildExit = build ? BuildCommand.run(spec, buildOptions, workers, store) : 0;
            long start = System.nanoTime();
            SparqlServer server = settings.start();
            spec.commandLine().getOut().printf("Serving %d articles from %s (started in %.1f s)%n"
                    + "  SPARQL endpoint: %s%n  Web UI:          %s%n  Graph viewer:    %s%nPress Ctrl-C to stop.%n",
                    store.articleCount(), common.db, (System.nanoTime() - start) / 1e9,
                    server.sparqlEndpoint(), server.homePage(), server.viewerPage());
            spec.commandLine().getOut().flush();
            server.join();
            return buildExit;
        }
    }

    /** The server's settings, each checked by the builder: a bad one is a usage error naming its option. */
    private SparqlServer.Builder settings(TdbStore store) {
        try {
            SparqlServer.Builder settings = SparqlServer.create(store.dataset()).port(port).anyInterface(host.equals("0.0.0.0"))
                    .timeoutMs((long) Math.ceil(timeoutSeconds * 1000))
                    .corsOrigins(corsOrigins.equals(List.of("none")) ? List.of() : corsOrigins);
            return allowUpdate ? settings.allowUpdate(passwordFile) : settings;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }
}
