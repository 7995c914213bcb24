package org.summitkg.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitkg.internal.Sha256;
import org.summitkg.corpus.Article;

/**
 * Wraps an {@link Annotator} with an on-disk cache of gzipped JSON files named by the SHA-256
 * of (settings, article date, text). A corrupt cache file is ignored and rewritten. Files are
 * written to a temporary name and moved into place, so a killed build never leaves half a file.
 */
public final class CachingAnnotator implements Annotator {
    private static final Logger log = LoggerFactory.getLogger("summitkg.nlp");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Annotator delegate;
    private final Path folder;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong annotationNanos = new java.util.concurrent.atomic.AtomicLong();

    public CachingAnnotator(Annotator delegate, Path folder) {
        this.delegate = delegate;
        this.folder = folder;
    }

    @Override
    public Annotations annotate(Article article) {
        Path file = folder.resolve(key(article) + ".json.gz");
        Annotations cached = read(file);
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        misses.incrementAndGet();
        long start = System.nanoTime();
        Annotations fresh = delegate.annotate(article);
        annotationNanos.addAndGet(System.nanoTime() - start);
        write(file, fresh);
        return fresh;
    }

    @Override
    public String settings() {
        return delegate.settings();
    }

    /** How many articles were served from the cache since this annotator was made. */
    public int hits() {
        return hits.get();
    }

    /** Time spent inside the wrapped annotator (CoreNLP, models loading included), summed over threads. */
    public long annotationNanos() {
        return annotationNanos.get();
    }

    /** How many articles had to be annotated since this annotator was made. */
    public int misses() {
        return misses.get();
    }

    String key(Article article) {
        // the text CoreNLP is given, masks applied
        return Sha256.hex(delegate.settings(), String.valueOf(article.published()), TextMasks.apply(article.text()));
    }

    private static Annotations read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return JSON.readValue(in, Annotations.class);
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable annotation cache file {}: {}", file, e.getMessage());
            return null;
        }
    }

    private void write(Path file, Annotations annotations) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "tmp-", ".json.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                JSON.writeValue(out, annotations);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not write annotation cache file {}: {}", file, e.getMessage());
        }
    }
}
