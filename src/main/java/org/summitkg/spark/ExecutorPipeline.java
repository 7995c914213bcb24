package org.summitkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.summitkg.build.ArticlePipeline;

/**
 * The one pipeline of an executor JVM (CoreNLP loads once, on the first article that needs it),
 * shared by all the tasks the executor runs. Without a cache folder, annotations go to a
 * temporary folder of the executor's and are not kept.
 */
final class ExecutorPipeline {
    private static final Map<String, ArticlePipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipeline() {
    }

    static ArticlePipeline get(String cacheFolder) {
        return PIPELINES.computeIfAbsent(cacheFolder, folder -> ArticlePipeline.withCache(folder(folder), null));
    }

    private static Path folder(String cacheFolder) {
        if (!cacheFolder.isEmpty()) {
            return Path.of(cacheFolder);
        }
        try {
            return Files.createTempDirectory("summitkg-annotations");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for annotations", e);
        }
    }
}
