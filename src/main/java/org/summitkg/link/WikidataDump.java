package org.summitkg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.summitkg.SummitKgException;
import org.summitkg.internal.Table;
import org.wikidata.wdtk.datamodel.interfaces.EntityDocumentProcessor;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;
import org.wikidata.wdtk.dumpfiles.DumpContentType;
import org.wikidata.wdtk.dumpfiles.DumpProcessingController;
import org.wikidata.wdtk.dumpfiles.MwLocalDumpFile;

/**
 * Streams a Wikidata JSON dump ({@code latest-all.json.gz}) with Wikidata Toolkit and keeps the
 * items of the kinds summit-kg links, as {@code dump-kinds.tsv} lists them by their direct
 * "instance of": humans with a position held or a listed occupation, organisations, regions,
 * settlements, natural features. It writes them in the gazetteer's vocabulary (English label and
 * aliases, country, positions held with their start and end), so the output is a gazetteer like
 * the shipped one.
 *
 * <pre>{@code
 * Model gazetteer = new WikidataDump(Path.of("ontology/gazetteer/dump-kinds.tsv")).read(Path.of("latest-all.json.gz"));
 * }</pre>
 */
public final class WikidataDump implements EntityDocumentProcessor {
    private final Map<String, String> kinds = new HashMap<>();
    private final Set<String> occupations = new HashSet<>();
    private final GazetteerBuilder out = GazetteerBuilder.empty();
    private String source = "wikidata dump";
    private long seen;
    private long kept;

    /** {@code kindsFile}: p31, writes, note; rows whose p31 is "occupation" list occupations. */
    public WikidataDump(Path kindsFile) {
        for (Table.Row row : Table.tsv(kindsFile)) {
            String p31 = row.get("p31");
            String writes = row.get("writes");
            if (!writes.matches("Q[1-9][0-9]*")) {
                throw row.error("writes", "must be a QID");
            } else if (p31.equals("occupation")) {
                occupations.add(writes);
            } else if (p31.matches("Q[1-9][0-9]*")) {
                kinds.put(p31, writes);
            } else {
                throw row.error("p31", "must be a QID or 'occupation'");
            }
        }
    }

    /** Reads the dump (JSON, plain, gzip or bzip2 by its name) and returns the gazetteer model. */
    public Model read(Path dump) {
        if (!Files.isReadable(dump)) {
            throw new SummitKgException(dump + ": no such dump file (a Wikidata JSON dump such as latest-all.json.gz)");
        }
        source = "wikidata dump " + dump.getFileName();
        DumpProcessingController controller = new DumpProcessingController("wikidatawiki");
        controller.setOfflineMode(true);
        controller.registerEntityDocumentProcessor(this, null, true);
        controller.processDump(new MwLocalDumpFile(dump.toString(), DumpContentType.JSON, null, null));
        return out.model();
    }

    /** Items read from the dump. */
    public long seen() {
        return seen;
    }

    /** Items kept. */
    public long kept() {
        return kept;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("summitkg.gazetteer");
    private static final long PROGRESS_EVERY = 1_000_000;

    @Override
    public void processItemDocument(ItemDocument item) {
        if (++seen % PROGRESS_EVERY == 0) {
            log.info("{} items read from the dump, {} kept", seen, kept);
        }
        MonolingualTextValue label = item.getLabels().get("en");
        List<String> types = values(item, "P31").stream().map(kinds::get).filter(java.util.Objects::nonNull).distinct().toList();
        if (label == null || types.isEmpty()) {
            return;
        }
        boolean human = types.contains(Wikidata.HUMAN);
        if (human && item.findStatementGroup("P39") == null && values(item, "P106").stream().noneMatch(occupations::contains)) {
            return;
        }
        String qid = item.getEntityId().getId();
        Resource first = null;
        for (String type : types) {
            Resource added = out.item(qid, label.getText(), source, type);
            first = added == null ? first : added;
        }
        if (first == null) {
            return;
        }
        Resource r = first;
        kept++;
        if (types.contains(Wikidata.CAPITAL)) {
            out.item(qid, label.getText(), source, Wikidata.CITY);
        }
        item.getAliases().getOrDefault("en", List.of()).forEach(a -> out.alias(r, a.getText()));
        Model m = out.model();
        for (String country : values(item, human ? "P27" : "P17")) {
            r.addProperty(m.createProperty(human ? Wikidata.P27 : Wikidata.P17), m.createResource(Wikidata.item(country)));
        }
        StatementGroup held = item.findStatementGroup("P39");
        if (held != null) {
            for (Statement s : held) {
                if (s.getValue() instanceof ItemIdValue position) {
                    out.positionHeld(r, position.getId(), qualifier(s, "P580"), qualifier(s, "P582"));
                }
            }
        }
    }

    /** The item QIDs of a property's statements. */
    private static List<String> values(ItemDocument item, String property) {
        StatementGroup group = item.findStatementGroup(property);
        if (group == null) {
            return List.of();
        }
        return group.getStatements().stream().map(Statement::getValue).filter(v -> v instanceof ItemIdValue)
                .map(v -> ((ItemIdValue) v).getId()).toList();
    }

    /** A time qualifier at its precision (year, year-month or day), or empty. */
    private static String qualifier(Statement s, String property) {
        for (SnakGroup group : s.getQualifiers()) {
            if (group.getProperty().getId().equals(property)) {
                for (Snak snak : group) {
                    if (snak instanceof ValueSnak v && v.getValue() instanceof TimeValue t) {
                        return time(t);
                    }
                }
            }
        }
        return "";
    }

    private static String time(TimeValue t) {
        if (t.getPrecision() >= TimeValue.PREC_DAY) {
            return String.format("%04d-%02d-%02d", t.getYear(), t.getMonth(), t.getDay());
        }
        if (t.getPrecision() == TimeValue.PREC_MONTH) {
            return String.format("%04d-%02d", t.getYear(), t.getMonth());
        }
        return t.getPrecision() == TimeValue.PREC_YEAR ? String.format("%04d", t.getYear()) : "";
    }
}
