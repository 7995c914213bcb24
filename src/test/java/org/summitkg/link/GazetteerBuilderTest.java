package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;


/** The shipped gazetteer is what the source files kept in the repository build, byte for byte. */
class GazetteerBuilderTest {
    @Test
    void theSourcesInTheRepositoryRebuildTheShippedIndex() throws IOException {
        Gazetteer rebuilt = Gazetteer.of(new GazetteerBuilder(Path.of("ontology/gazetteer/sources"), Path.of("ontology/gazetteer")).build());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        rebuilt.writeIndex(written);
        try (InputStream shipped = new GZIPInputStream(java.nio.file.Files.newInputStream(Path.of("ontology/gazetteer/gazetteer.tsv.gz")));
             InputStream now = new GZIPInputStream(new java.io.ByteArrayInputStream(written.toByteArray()))) {
            assertArrayEquals(shipped.readAllBytes(), now.readAllBytes(), "rebuild the gazetteer: summit-kg gazetteer --from ontology/gazetteer/sources");
        }
    }
}
