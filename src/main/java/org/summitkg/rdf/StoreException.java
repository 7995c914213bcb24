package org.summitkg.rdf;

import java.nio.file.Path;
import org.summitkg.SummitKgException;

/** The TDB2 store cannot be opened or written; the message names the folder. */
public class StoreException extends SummitKgException {
    public StoreException(Path folder, String rule, Throwable cause) {
        super(folder + ": " + rule, cause);
    }
}
