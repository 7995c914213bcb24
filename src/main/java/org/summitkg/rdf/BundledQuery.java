package org.summitkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.summitkg.SummitKgException;

/** The competency queries of {@code queries/}, bundled in the jar under {@code /org/summitkg/queries/}. */
public final class BundledQuery {
    private static final String FOLDER = "/org/summitkg/queries/";

    private BundledQuery() {
    }

    /** The text of {@code queries/NAME.rq} ("statements", "statements.rq" or "queries/statements.rq"), if bundled. */
    public static Optional<String> find(String name) {
        String file = name.endsWith(".rq") ? name.substring(name.lastIndexOf('/') + 1) : name + ".rq";
        try (InputStream in = BundledQuery.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SummitKgException("bundled query " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The text of a query the code itself runs; one missing from the jar is a packaging error. */
    public static String text(String name) {
        return find(name).orElseThrow(() -> new SummitKgException("bundled query " + name + " is missing from the jar"));
    }
}
