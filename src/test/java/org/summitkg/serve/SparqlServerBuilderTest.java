package org.summitkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/** The builder checks every setting as it is set, naming the value (no server is started). */
class SparqlServerBuilderTest {
    private final SparqlServer.Builder builder = SparqlServer.create(DatasetFactory.createTxnMem());

    @Test
    void aPortOutsideTheRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.port(70000));
        assertEquals("port must be between 0 and 65535, was 70000", e.getMessage());
        builder.port(0);
    }

    @Test
    void aTimeoutMustBePositive() {
        assertEquals("timeout must be more than 0, was 0 ms",
                assertThrows(IllegalArgumentException.class, () -> builder.timeoutMs(0)).getMessage());
    }

    @Test
    void corsOriginsAreAnyOrSchemeHostAndPort() {
        builder.corsOrigins(List.of("*")).corsOrigins(List.of("https://example.org:8080", "http://localhost")).corsOrigins(List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.corsOrigins(List.of("example.org/path")));
        assertEquals("cors-origin must be *, none or an origin such as https://example.org:8080 (scheme, host, port), "
                + "was 'example.org/path'", e.getMessage());
    }

    @Test
    void writesNeedAReadablePasswordFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.allowUpdate(Path.of("no-such-users.txt")));
        assertEquals("password-file must be a readable file, was no-such-users.txt", e.getMessage());
    }
}
