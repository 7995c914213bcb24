package org.summitkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.export.RdfExporter;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code summit-kg export}: the store as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as RDF: ttl and jsonld hold the union of all graphs, "
                + "trig and nq keep each article's named graph.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ttl, trig, nq, jsonld.", converter = FormatConverter.class)
    RdfExporter.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.open(common.db)) {
            if (out == null) {
                format.write(store, System.out);
                System.out.flush();
            } else {
                writeFile(store);
            }
        }
        return 0;
    }

    private void writeFile(TdbStore store) {
        try (OutputStream stream = Files.newOutputStream(out)) {
            format.write(store, stream);
        } catch (IOException e) {
            throw new SummitKgException(out + ": export cannot be written (" + e.getMessage() + ")", e);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<RdfExporter.Format> {
        @Override
        public RdfExporter.Format convert(String value) {
            try {
                return RdfExporter.Format.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("must be one of ttl, trig, nq, jsonld, was '" + value + "'");
            }
        }
    }
}
