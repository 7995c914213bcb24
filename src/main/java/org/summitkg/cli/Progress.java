package org.summitkg.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr for long work: redrawn in place on a terminal, one line per step
 * otherwise (logs, CI).
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();

    Progress(PrintWriter err) {
        this(err, System.console() != null);
    }

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Shows that {@code done} of {@code total} steps are finished and what comes next. */
    void step(int done, int total, String what) {
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + String.format(" %5.1fs ", (System.nanoTime() - start) / 1e9) + what;
        err.print(terminal ? "\r" + bar + "\u001b[K" : bar + System.lineSeparator());
        err.flush();
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }
}
