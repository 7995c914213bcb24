package org.summitkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitkg.SummitKgException;

class ManifestTest {
    @TempDir
    Path out;

    @Test
    void aLineReadsBackAsTheRowItWasWrittenFrom() {
        ArticleOutcome built = new ArticleOutcome("a-1", "a-1.txt", ArticleOutcome.BUILT, "", "f00d", "v1", "beef", 3, 2, 1, 120,
                "<s> <p> <o> <g> .", List.of(), List.of());
        Manifest.Row row = Manifest.row(Manifest.line(built));
        assertEquals(new Manifest.Row("a-1", "a-1.txt", "built", "", "f00d", "v1", "beef", 3, 2, 1, 120), row);
        assertTrue(row.built());
        assertTrue(Manifest.row(Manifest.line(ArticleOutcome.skipped("b", "b.txt", "b.txt: article must be UTF-8"))).skipped());
        assertTrue(!Manifest.line(built).contains("<s>"), "the graph itself is not in the manifest");
    }

    @Test
    void theManifestIsReadFromEveryPartSparkWrote() throws IOException {
        Path folder = Files.createDirectories(out.resolve(Manifest.FOLDER));
        Files.write(folder.resolve("part-00000"), List.of(Manifest.line(ArticleOutcome.skipped("a", "a.txt", "why"))));
        Files.write(folder.resolve("part-00001"), List.of(Manifest.line(ArticleOutcome.skipped("b", "b.txt", "why")), ""));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve(".part-00000.crc"), "x");
        assertEquals(List.of("a", "b"), Manifest.read(out).stream().map(Manifest.Row::id).toList());
    }

    @Test
    void aFolderThatIsNoBuildOutputOrABrokenLineIsNamed() throws IOException {
        String none = assertThrows(SummitKgException.class, () -> Manifest.read(out)).getMessage();
        assertTrue(none.contains("must be the output folder of spark-build"), none);
        Path folder = Files.createDirectories(out.resolve(Manifest.FOLDER));
        Files.writeString(folder.resolve("part-00000"), "{not json\n");
        String broken = assertThrows(SummitKgException.class, () -> Manifest.read(out)).getMessage();
        assertTrue(broken.contains("{not json"), broken);
    }

    @Test
    void theFormatComesFromTheNameUnlessGiven() {
        assertEquals(SparkInput.Format.TXT, SparkInput.Format.of("hdfs://nn/news/2024", null));
        assertEquals(SparkInput.Format.JSONL, SparkInput.Format.of("s3a://bucket/feed.jsonl", ""));
        assertEquals(SparkInput.Format.PARQUET, SparkInput.Format.of("/data/feed.parquet", null));
        assertEquals(SparkInput.Format.JSONL, SparkInput.Format.of("/data/feed", "jsonl"));
        String bad = assertThrows(SummitKgException.class, () -> SparkInput.Format.of("/data/feed", "csv")).getMessage();
        assertTrue(bad.contains("--format must be one of txt, jsonl, parquet") && bad.contains("csv"), bad);
    }
}
