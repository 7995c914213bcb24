package org.summitkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.summitkg.SummitKgException;

/** Reads the user names of a Jetty realm password file ({@code user: password [, role…]} per line). */
final class PasswordFile {
    private PasswordFile() {
    }

    static List<String> users(Path file) {
        List<String> users = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#") && l.contains(":")) {
                    users.add(l.substring(0, l.indexOf(':')).strip());
                }
            }
        } catch (IOException e) {
            throw new SummitKgException(file + ": password file cannot be read (" + e.getMessage() + ")", e);
        }
        if (users.isEmpty()) {
            throw new SummitKgException(file + ": password file must have at least one 'user: password' line, had none");
        }
        return users;
    }
}
