package org.summitkg.corpus;

import java.nio.file.Path;
import org.summitkg.SummitKgException;

/** A corpus file or metadata row that breaks a rule; the message names the file (and line). */
public class CorpusException extends SummitKgException {
    public CorpusException(Path file, String rule) {
        super(file + ": " + rule);
    }

    public CorpusException(Path file, int line, String rule) {
        super(file + " line " + line + ": " + rule);
    }

    public CorpusException(Path file, String rule, Throwable cause) {
        super(file + ": " + rule, cause);
    }
}
