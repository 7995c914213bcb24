package org.summitkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The versions of the libraries that shape summit-kg's output, as the build wrote them from the
 * pom ({@code versions.properties}): bumping a version in the pom changes them here, in
 * {@code --version} and in the annotation cache's key, with nothing to edit in code.
 */
public final class Versions {
    private static final Properties PROPERTIES = load();
    /** Stanford CoreNLP, e.g. 4.5.10. */
    public static final String CORENLP = get("corenlp");
    /** Apache Jena, e.g. 5.6.0. */
    public static final String JENA = get("jena");

    private Versions() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/summitkg/versions.properties")) {
            if (in == null) {
                throw new SummitKgException("versions.properties is missing from the classpath (the build writes it)");
            }
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new SummitKgException("versions.properties cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String get(String name) {
        String v = PROPERTIES.getProperty(name, "");
        if (v.isEmpty() || v.startsWith("${")) {
            throw new SummitKgException("versions.properties has no " + name + " version: the build did not filter it");
        }
        return v;
    }
}
