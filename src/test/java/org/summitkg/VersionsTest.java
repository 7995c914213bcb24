package org.summitkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;


/** The versions the build writes are those of the libraries on the classpath. */
class VersionsTest {
    @Test
    void jenaIsTheJenaOnTheClasspath() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = org.apache.jena.rdf.model.Model.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
            pom.load(in);
        }
        assertEquals(pom.getProperty("version"), Versions.JENA);
    }

    @Test
    void coreNlpIsTheCoreNlpJarOnTheClasspath() {
        String jar = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(jar.endsWith("stanford-corenlp-" + Versions.CORENLP + ".jar"), jar + " vs " + Versions.CORENLP);
    }
}
