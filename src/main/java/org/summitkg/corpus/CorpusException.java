package org.summitkg.corpus;

import java.nio.file.Path;
import org.summitkg.SummitKgException;

/** A corpus file or metadata row that breaks a rule; the message names the file (and line). */
public class CorpusException extends SummitKgException {
    private final transient Path file;

    public CorpusException(Path file, String rule) {
        super(file + ": " + rule);
        this.file = file;
    }

    public CorpusException(Path file, int line, String rule) {
        super(file + " line " + line + ": " + rule);
        this.file = file;
    }

    public CorpusException(Path file, String rule, Throwable cause) {
        super(file + ": " + rule, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
