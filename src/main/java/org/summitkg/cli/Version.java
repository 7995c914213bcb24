package org.summitkg.cli;

import picocli.CommandLine;

/** summit-kg's version, and what goes into every graph's provenance. */
public final class Version implements CommandLine.IVersionProvider {
    /** The release of summit-kg. */
    public static final String NUMBER = org.summitkg.build.PipelineVersion.RELEASE;

    @Override
    public String[] getVersion() {
        return new String[] {"summit-kg " + NUMBER, "Stanford CoreNLP " + org.summitkg.Versions.CORENLP + ", Apache Jena " + org.summitkg.Versions.JENA,
            "License GPL-3.0-or-later"};
    }
}
