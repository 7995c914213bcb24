package org.summitkg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;

/**
 * A SHA-256 over every file below some classpath folders (names and bytes, in name order), from a
 * folder of classes or from a jar: what changes when the code or the shipped data (lexicons,
 * ontology, gazetteer) change, so a build can tell that an article's graph is out of date.
 */
public final class ResourceDigest {
    private ResourceDigest() {
    }

    /** The digest, in hex, of the files below {@code folders} (e.g. "org/summitkg/lexicon") on the classpath. */
    public static String of(String... folders) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String folder : folders) {
                for (Map.Entry<String, byte[]> file : files(folder).entrySet()) {
                    sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(file.getValue());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new SummitKgException("SHA-256 is required of every JVM", e);
        }
    }

    private static Map<String, byte[]> files(String folder) {
        URL url = ResourceDigest.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new SummitKgException(folder + ": missing from the classpath");
        }
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith(folder + "/")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI());
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        out.put(folder + "/" + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new SummitKgException(folder + ": cannot be read for its digest (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
