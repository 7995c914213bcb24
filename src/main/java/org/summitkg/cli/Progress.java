package org.summitkg.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr for long work: redrawn in place on a terminal; otherwise (logs, CI)
 * a line at every tenth of the work and at least every {@value #QUIET_SECONDS} s, not one per step.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long QUIET_SECONDS = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int lastTenth = -1;
    private long lastLine = start;

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
        if (terminal) {
            err.print("\r" + bar + "\u001b[K");
            err.flush();
            return;
        }
        int tenth = total == 0 ? 10 : 10 * done / total;
        long now = System.nanoTime();
        if (tenth > lastTenth || now - lastLine >= QUIET_SECONDS * 1_000_000_000L) {
            err.print(bar + System.lineSeparator());
            err.flush();
            lastTenth = tenth;
            lastLine = now;
        }
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }
}
