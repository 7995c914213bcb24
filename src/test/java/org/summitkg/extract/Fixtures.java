package org.summitkg.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.summitkg.corpus.Article;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Annotations;

/**
 * Test cases under {@code src/test/resources/cases/NAME/}: {@code article.txt} and the CoreNLP
 * annotations of it recorded once as {@code annotations.json}, so unit tests never load models.
 */
public final class Fixtures {
    public static final Path CASES = Path.of("src/test/resources/cases");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Fixtures() {
    }

    public static AnnotatedArticle load(String name) {
        Path dir = CASES.resolve(name);
        try {
            String text = Files.readString(dir.resolve("article.txt"));
            Annotations annotations = JSON.readValue(dir.resolve("annotations.json").toFile(), Annotations.class);
            return new AnnotatedArticle(new Article(name, name + ".txt", "", "", null, "", text), annotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
