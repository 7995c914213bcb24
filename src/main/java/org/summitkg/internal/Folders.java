package org.summitkg.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;

/** Scratch folders of benchmarks and tests. */
public final class Folders {
    private Folders() {
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new SummitKgException(dir + ": folder cannot be deleted (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a folder has nothing in it. */
    public static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new SummitKgException(dir + ": folder cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
