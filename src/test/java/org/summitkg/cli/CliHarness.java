package org.summitkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code summit-kg} through picocli as a user would, keeping what it writes. */
final class CliHarness {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit code of a command line; picocli's output goes to {@link #out} and {@link #err}. */
    int run(String... args) {
        CommandLine cli = SummitKg.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Runs a command that writes its results to System.out; returns them, or fails on a non-zero exit. */
    String stdout(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(args);
        } finally {
            System.setOut(original);
        }
        if (exit != 0) {
            throw new AssertionError("exit " + exit + ": " + err);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
