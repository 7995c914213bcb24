package org.summitkg.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.RdfExporter;
import picocli.CommandLine;

/**
 * The value of {@code export --format}: one of the RDF formats ({@link RdfExporter.Format}) or of
 * the graph formats ({@link GraphExporter.Format}), whose constants are the one list of names.
 *
 * @param rdf   the RDF format, or null
 * @param graph the graph format, or null
 */
record ExportFormat(RdfExporter.Format rdf, GraphExporter.Format graph) {
    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (RdfExporter.Format f : RdfExporter.Format.values()) {
            out.add(f.name().toLowerCase(Locale.ROOT));
        }
        for (GraphExporter.Format f : GraphExporter.Format.values()) {
            out.add(f.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Reads a format name, any case; an unknown one is a usage error that lists the names. */
    static final class Converter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            String name = value.toUpperCase(Locale.ROOT);
            for (RdfExporter.Format f : RdfExporter.Format.values()) {
                if (f.name().equals(name)) {
                    return new ExportFormat(f, null);
                }
            }
            for (GraphExporter.Format f : GraphExporter.Format.values()) {
                if (f.name().equals(name)) {
                    return new ExportFormat(null, f);
                }
            }
            throw new CommandLine.TypeConversionException("must be one of " + String.join(", ", names()) + ", was '" + value + "'");
        }
    }

    /** The names, for {@code ${COMPLETION-CANDIDATES}} in the help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }
}
