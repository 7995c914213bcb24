package org.summitkg.cli;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class CommonOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = {"-v", "--verbose"}, description = "Log more, and print stack traces of failures.")
    void verbose(boolean on) {
        if (on) {
            Configurator.setLevel("summitkg", Level.DEBUG);
            Configurator.setLevel("edu.stanford.nlp", Level.WARN);
        }
    }
}
