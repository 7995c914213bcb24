package org.summitkg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one article file and checks the rules every article must keep: readable, valid UTF-8,
 * no NUL bytes (binary), not larger than the size limit, and some text with at least one letter.
 */
final class ArticleReader {
    private final long maxBytes;

    ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads and validates the text of {@code file}; throws {@link CorpusException} naming the rule broken. */
    String text(Path file) {
        return text(file, bytes(file));
    }

    /** Validates bytes read from {@code file} by other means (a cluster's file system, a column of a table). */
    String text(Path file, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new CorpusException(file, "article must be at most " + maxBytes + " bytes, was " + bytes.length);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new CorpusException(file, "article must be text, found a NUL byte (binary file?)");
            }
        }
        String text = normalise(decode(file, bytes));
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new CorpusException(file, "article must contain text, " + (text.isBlank() ? "was empty" : "had no letters"));
        }
        return text;
    }

    /** The stable id of an article file: its name without extension, reduced to IRI-safe characters. */
    static String idOf(String fileName) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String id = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return id.isEmpty() ? "article" : id;
    }

    private byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(file, "article cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(file, "article must be UTF-8 encoded, found an invalid byte sequence", e);
        }
    }

    private static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
