package org.summitkg.build;

import org.summitkg.internal.ResourceDigest;

/**
 * The version every graph records: summit-kg's release, a digest of its code and shipped data,
 * and the annotator's settings. One home, so a graph built on one machine and one built on a
 * cluster of the same code carry the same version.
 */
public final class PipelineVersion {
    /** The release of summit-kg. */
    public static final String RELEASE = "0.1.0";

    private PipelineVersion() {
    }

    /** The version of a pipeline whose annotator has these settings. */
    public static String of(String annotatorSettings) {
        return "summit-kg " + RELEASE + " (code and data " + CodeAndData.DIGEST.substring(0, 16) + "); " + annotatorSettings;
    }

    /** The digest of summit-kg's code and shipped data, computed once per process, when the first build asks. */
    private static final class CodeAndData {
        static final String DIGEST = ResourceDigest.of("org/summitkg/corpus", "org/summitkg/nlp", "org/summitkg/extract",
                "org/summitkg/link", "org/summitkg/rdf", "org/summitkg/internal", "org/summitkg/build", "org/summitkg/cli",
                "org/summitkg/spark", "org/summitkg/lexicon", "org/summitkg/ontology");
    }
}
