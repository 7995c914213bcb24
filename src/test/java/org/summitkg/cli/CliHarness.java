package org.summitkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code summit-kg} through picocli as a user would, keeping what it writes. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit code of a command line; picocli's output goes to {@link #out} and {@link #err}. */
    int run(String... args) {
        return run(out, args);
    }

    /** What a command writes to standard output, on its own; fails on a non-zero exit. */
    String stdout(String... args) {
        StringWriter results = new StringWriter();
        int exit = run(results, args);
        if (exit != 0) {
            throw new AssertionError("exit " + exit + ": " + err);
        }
        return results.toString();
    }

    private int run(StringWriter to, String... args) {
        CommandLine cli = SummitKg.commandLine();
        cli.setOut(new PrintWriter(to, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
