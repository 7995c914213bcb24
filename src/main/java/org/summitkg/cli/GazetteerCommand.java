package org.summitkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDFS;
import org.summitkg.SummitKgException;
import org.summitkg.link.Gazetteer;
import org.summitkg.link.GazetteerBuilder;
import org.summitkg.link.WikidataDump;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summit-kg gazetteer}: rebuilds the offline Wikidata gazetteer from Wikidata-derived CSV files. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {"Builds the offline gazetteer (Turtle, Wikidata vocabulary) from Wikidata-derived CSV files "
                + "and the hand-kept supplement.tsv and aliases.tsv. Every item records its source file."})
final class GazetteerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the items come from: the Wikidata-derived files, or a Wikidata JSON dump. */
    static final class Source {
        @Option(names = "--from", required = true, paramLabel = "DIR",
                description = "Folder of the Wikidata-derived CSV files (plain or .csv.gz), e.g. ontology/gazetteer/sources, "
                        + "the copies kept in the repository.")
        Path from;

        @Option(names = "--from-dump", required = true, paramLabel = "FILE",
                description = "A Wikidata JSON dump (latest-all.json.gz, or .bz2, or plain JSON), streamed with Wikidata Toolkit; "
                        + "keeps the kinds listed in dump-kinds.tsv of the --hand-kept folder.")
        Path dump;
    }

    @Option(names = "--hand-kept", paramLabel = "DIR", defaultValue = "ontology/gazetteer",
            description = "Folder with supplement.tsv and aliases.tsv (default: ${DEFAULT-VALUE}).")
    Path handKept;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "ontology/gazetteer/gazetteer.ttl",
            description = "Output Turtle file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        Model gazetteer;
        if (source.dump != null) {
            WikidataDump dump = new WikidataDump(handKept.resolve("dump-kinds.tsv"));
            gazetteer = dump.read(source.dump);
            spec.commandLine().getOut().printf("%,d items read from %s, %,d kept%n", dump.seen(), source.dump, dump.kept());
        } else {
            if (!Files.isDirectory(source.from)) {
                throw new SummitKgException(source.from + ": --from must be a folder of Wikidata-derived CSV files, found none");
            }
            gazetteer = new GazetteerBuilder(source.from, handKept).build();
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            RDFDataMgr.write(stream, gazetteer, RDFFormat.TURTLE_BLOCKS);
        } catch (IOException e) {
            throw new SummitKgException(out + ": gazetteer cannot be written (" + e.getMessage() + ")", e);
        }
        Path index = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.ttl$", "") + ".tsv.gz");
        try (OutputStream stream = Files.newOutputStream(index)) {
            Gazetteer.of(gazetteer).writeIndex(stream);
        } catch (IOException e) {
            throw new SummitKgException(index + ": gazetteer index cannot be written (" + e.getMessage() + ")", e);
        }
        long items = gazetteer.listSubjectsWithProperty(RDFS.label).toList().size();
        spec.commandLine().getOut().printf("%d items written to %s and its index %s%n", items, out, index);
        return 0;
    }
}
