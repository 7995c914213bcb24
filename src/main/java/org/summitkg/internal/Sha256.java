package org.summitkg.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.summitkg.SummitKgException;

/** SHA-256 in lower-case hex, of one text or of several parts with a NUL byte between them. */
public final class Sha256 {
    private Sha256() {
    }

    public static String hex(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sha.update((byte) 0);
                }
                sha.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new SummitKgException("SHA-256 is required of every JVM", e);
        }
    }
}
