package org.summitkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.summitkg.SummitKgException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command's results as a byte stream (what Jena's writers take) over picocli's output writer,
 * so results go where {@code CommandLine.setOut} says; closing it flushes and leaves the writer open.
 */
final class Stdout {
    private Stdout() {
    }

    static OutputStream of(CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return WriterOutputStream.builder().setWriter(CloseShieldWriter.wrap(out)).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
        } catch (IOException e) {
            throw new SummitKgException("standard output cannot be opened (" + e.getMessage() + ")", e);
        }
    }
}
