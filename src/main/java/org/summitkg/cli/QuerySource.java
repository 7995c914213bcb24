package org.summitkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.SummitKgException;

/** Finds the text of a query: a file, standard input ('-'), or a query bundled from queries/. */
final class QuerySource {
    private QuerySource() {
    }

    static String read(String name) {
        try {
            if (name.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            return BundledQuery.find(name).orElseThrow(() -> new SummitKgException(name
                    + ": query must be a readable file, '-' or a bundled query name (see queries/), found none"));
        } catch (IOException e) {
            throw new SummitKgException(name + ": query cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
