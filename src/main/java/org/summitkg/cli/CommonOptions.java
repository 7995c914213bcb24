package org.summitkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class CommonOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db;
}
