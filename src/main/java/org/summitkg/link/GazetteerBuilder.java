package org.summitkg.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.summitkg.SummitKgException;
import org.summitkg.internal.Table;

/**
 * Builds the offline gazetteer, in Wikidata's own vocabulary, from Wikidata-derived CSV files
 * (countries and capitals, Natural Earth populated places, heads of state and government,
 * foreign ministers, office holders of the countries with EveryPolitician files, members of the US Congress,
 * international organizations) plus two hand-kept files beside the gazetteer: items checked
 * against public sources ({@code supplement.tsv}) and name variants ({@code aliases.tsv}).
 * Every item records the file it came from with {@code dcterms:source}.
 *
 * <pre>{@code
 * Model gazetteer = new GazetteerBuilder(Path.of("../shared/wikidata"), Path.of("ontology/gazetteer")).build();
 * }</pre>
 */
public final class GazetteerBuilder {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    /** Known defects of the source files (shared/wikidata/README.md). */

    private final Path sources;
    private final Path handKept;
    private final Model model = ModelFactory.createDefaultModel();
    private int conflicts;
    private List<Table.Row> countryRows;
    private final Corrections corrections;
    private static final String COUNTRIES = "derived/countries_gazetteer_joined.csv";

    public GazetteerBuilder(Path sources, Path handKept) {
        this.sources = sources;
        this.handKept = handKept;
        this.corrections = Corrections.in(handKept);
        model.setNsPrefix("wd", Wikidata.ENTITY);
        model.setNsPrefix("wdt", Wikidata.DIRECT);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("skos", SKOS.getURI());
        model.setNsPrefix("dcterms", DCTerms.getURI());
        model.setNsPrefix("p", Wikidata.CLAIM);
        model.setNsPrefix("ps", Wikidata.STATEMENT);
        model.setNsPrefix("pq", Wikidata.QUALIFIER);
        model.setNsPrefix("schema", "https://schema.org/");
    }

    /** A builder with no source files, for items from elsewhere (a Wikidata dump). */
    static GazetteerBuilder empty() {
        return new GazetteerBuilder(null, null);
    }

    /** The model written so far: {@link #build()}'s result, or what another source (a dump) added. */
    Model model() {
        return model;
    }

    public Model build() {
        countries();
        places("places/naturalearth_ne_50m_populated_places_v5.0.0.csv", true);
        leaders();
        officeHolderCountries().forEach(this::officeHolders);
        foreignMinisters();
        congress();
        organizations();
        headsOfStateAndGovernment();
        cabinets();
        europeanParliament();
        regions();
        disputedAndMapUnits();
        geography();
        places("places/naturalearth_ne_10m_populated_places_v4.0.0.csv");
        governmentBodies();
        media();
        supplement();
        aliases();
        return model;
    }

    private void countries() {
        String file = COUNTRIES;
        for (Table.Row row : countryRows()) {
            String qid = corrections.qid(row, "qid");
            if (!"Yes".equals(row.get("is_independent")) || !isQid(qid)) {
                continue;
            }
            // the first of the 2017 Wikidata labels and aliases is the item's English label ("United Kingdom", not "UK")
            String wikidataLabel = row.get("labels_aliases_en_wd2017").split("\\|")[0].strip();
            Resource country = item(qid, first(wikidataLabel, row.get("name_en")), file, Wikidata.COUNTRY);
            alias(country, row.get("name_en"));
            if (country == null) {
                continue;
            }
            alias(country, row.get("official_name_en"));
            for (String a : row.get("labels_aliases_en_wd2017").split("\\|")) {
                if (a.length() > 3 && Character.isUpperCase(a.codePointAt(0))) {
                    alias(country, a);
                }
            }
            capital(country, row.get("capital_qid_ne"), row.get("capital_name_ne"), file);
        }
    }

    private void capital(Resource country, String qids, String names, String file) {
        String[] q = qids.split(";");
        String[] n = names.split(";");
        for (int i = 0; i < q.length && i < n.length; i++) {
            if (isQid(q[i].strip())) {
                Resource city = item(q[i].strip(), n[i].strip(), file, Wikidata.CITY);
                if (city == null) {
                    continue;
                }
                city.addProperty(model.createProperty(Wikidata.P31), model.createResource(Wikidata.item(Wikidata.CAPITAL)));
                city.addProperty(model.createProperty(Wikidata.P17), country);
                country.addProperty(model.createProperty(Wikidata.P36), city);
            }
        }
    }

    private void places(String file) {
        places(file, false);
    }

    /** {@code preferEnglish}: the file's English name (NAME_EN) becomes the label of the places it lists. */
    private void places(String file, boolean preferEnglish) {
        Map<String, String> countryByIso = countryQidsBy("iso2");
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            if (!isQid(row.get("WIKIDATAID"))) {
                continue;
            }
            Resource city = item(row.get("WIKIDATAID"), row.get("NAME"), file, Wikidata.CITY);
            if (city == null) {
                continue;
            }
            String english = row.get("NAME_EN");
            if (preferEnglish && !english.isBlank() && !row.get("NAME").startsWith(english + ",")) {
                relabel(city, english); // a newer English spelling over an older one; "Port Alder, D.A." stays, not cut to "Port Alder"
            }
            alias(city, row.get("NAME_EN"));
            alias(city, row.get("NAMEASCII"));
            for (String a : row.get("NAMEALT").split("\\|")) {
                alias(city, a);
            }
            String country = countryByIso.get(row.get("ISO_A2"));
            if (country != null) {
                city.addProperty(model.createProperty(Wikidata.P17), model.createResource(Wikidata.item(country)));
            }
        }
    }

    /** The countries file's rows, read once: countries, places and MEPs all look countries up in it. */
    private List<Table.Row> countryRows() {
        if (countryRows == null) {
            countryRows = Table.csv(sources.resolve(COUNTRIES));
        }
        return countryRows;
    }

    /** Country QIDs (corrected) by the value of a column of the countries file: iso2, name_en. */
    private Map<String, String> countryQidsBy(String column) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Table.Row row : countryRows()) {
            out.put(row.get(column), corrections.qid(row, "qid"));
        }
        return out;
    }

    private void leaders() {
        String file = "leaders/open-data-archive_world_leaders_hos_hog_2026.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            person(row.get("person_qid"), row.get("person_name_en"), file, row.get("country_qid"),
                    row.get("title_en") + " of " + row.get("country"));
        }
    }

    /** The countries with EveryPolitician position files in {@code leaders/} (everypolitician_COUNTRY_positions.csv), in name order. */
    private List<String> officeHolderCountries() {
        Pattern positions = Pattern.compile("everypolitician_(.+)_positions\\.csv(\\.gz)?");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(sources.resolve("leaders"))) {
            return files.map(f -> positions.matcher(f.getFileName().toString())).filter(java.util.regex.Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new SummitKgException(sources.resolve("leaders") + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private void officeHolders(String country) {
        Map<String, String> positions = new java.util.HashMap<>();
        for (Table.Row row : Table.csv(sources.resolve("leaders/everypolitician_" + country + "_positions.csv"))) {
            positions.put(row.get("position"), row.get("id"));
        }
        for (String which : List.of("current", "holders21")) {
            String file = "leaders/everypolitician_" + country + "_" + which + ".csv";
            for (Table.Row row : Table.csv(sources.resolve(file))) {
                Resource p = person(row.get("personID"), row.get("person"), file, null, null);
                if (p != null) {
                    positionHeld(p, positions.get(row.get("position")));
                }
            }
        }
    }

    private void foreignMinisters() {
        String file = "leaders/everypolitician_world_foreign_ministers_2022-12.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            Resource p = person(row.get("person"), row.get("name"), file, row.get("country"), null);
            if (p != null) {
                positionHeld(p, row.get("position"));
            }
        }
    }

    private void congress() {
        String file = "politicians/us_congress_legislators_2013-2026_wikidata.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            Resource p = person(row.get("wikidata"), row.get("official_full"), file, "Q30", null);
            if (p != null) {
                alias(p, row.get("first") + " " + row.get("last"));
                if (!row.get("nickname").isEmpty()) {
                    alias(p, row.get("nickname") + " " + row.get("last"));
                }
            }
        }
    }

    private void organizations() {
        String file = "organizations/supraverden_international_organisations.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            String qid = row.get("Wikidata_code");
            if (!isQid(qid) || corrections.ignored(qid)) {
                continue;
            }
            Resource org = item(qid, row.get("Name_en"), file, Wikidata.INTERNATIONAL_ORGANIZATION);
            for (String column : List.of("Abbreviation_en", "Name_other_en", "Abbreviation_other_en")) {
                for (String a : row.get(column).split(";")) {
                    alias(org, a);
                }
            }
        }
    }

    private void headsOfStateAndGovernment() {
        String file = "politicians/everypolitician_world_heads_of_state_government_2022-10.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            Resource p = person(row.get("person_qid"), row.get("person"), file, row.get("country_qid"), null);
            if (p != null) {
                positionHeld(p, row.get("position_qid"), row.get("start_year"), row.get("end_year"));
            }
        }
    }

    /** National office holders of 81 countries since 2000, with their offices' QIDs and dates. */
    private void cabinets() {
        Map<String, String> positions = new java.util.HashMap<>();
        for (Table.Row row : Table.csv(sources.resolve("politicians/everypolitician_cabinets_2022_positions.csv"))) {
            positions.put(positionKey(row.get("source_repo"), row.get("position")), row.get("position_qid"));
        }
        String file = "politicians/everypolitician_cabinets_2022_officeholders.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            String country = isCountry(row.get("jurisdiction_qid")) ? row.get("jurisdiction_qid") : null;
            Resource p = person(row.get("person_qid"), row.get("person"), file, country, null);
            if (p != null) {
                // the office-holder file names an office as the positions file does ("President of Albania") or without
                // its country ("President")
                String position = positions.getOrDefault(positionKey(row.get("source_repo"), row.get("position")),
                        positions.get(positionKey(row.get("source_repo"), row.get("position") + " of " + row.get("jurisdiction"))));
                positionHeld(p, position, row.get("start"), row.get("end"));
            }
        }
    }

    private static String positionKey(String repository, String label) {
        return repository + "\t" + label.toLowerCase(java.util.Locale.ROOT);
    }

    private void europeanParliament() {
        String file = "politicians/everypolitician_european_parliament_members_2022-11.csv";
        Map<String, String> countries = countryQidsBy("name_en");
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            person(row.get("person_qid"), row.get("name"), file, countries.get(row.get("country")),
                    "Member of the European Parliament (2022)");
        }
    }

    /** First-level regions; a QID shared by several rows or already another kind of item is a defect of the file. */
    private void regions() {
        String file = "regions/naturalearth_ne_10m_admin_1_states_provinces_v5.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            if (!"1".equals(row.get("qid_rows"))) {
                continue;
            }
            Resource r = place(row.get("qid"), first(row.get("name_en"), row.get("name")), file, Wikidata.FIRST_LEVEL_SUBDIVISION,
                    row.get("country_qid"));
            aliases(r, row.get("name"), row.get("name_alt"), row.get("gn_name"), row.get("woe_name"));
        }
    }

    private void disputedAndMapUnits() {
        String file = "regions/naturalearth_ne_admin_0_units_disputed_v5.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            boolean disputed = row.get("layer").contains("disputed");
            if (row.get("type").equals("Sovereign country") || row.get("type").equals("Country")) {
                continue;
            }
            String name = disputed ? first(row.get("brk_name"), row.get("name_en")) : first(row.get("name_en"), row.get("name"));
            Resource r = place(row.get("qid"), name, file, disputed ? Wikidata.DISPUTED_TERRITORY : Wikidata.GEOGRAPHIC_REGION,
                    row.get("country_qid"));
            if (disputed) {
                // in these layers name, name_long and formal_en are the sovereign's
                aliases(r, row.get("name_en"), row.get("brk_name"), row.get("name_alt"));
            } else {
                aliases(r, row.get("name"), row.get("name_long"), row.get("formal_en"), row.get("name_alt"));
            }
        }
    }

    /** Seas, gulfs, straits, islands, ranges, deserts, peaks, lakes; rivers of Natural Earth's larger scale ranks. */
    private void geography() {
        String file = "geography/naturalearth_ne_10m_physical_features_v5.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            String layer = row.get("layer");
            if (layer.startsWith("rivers") && scaleRank(row) > 8 || row.get("featurecla").equals("Continent")) {
                continue;
            }
            Resource r = place(row.get("qid"), first(row.get("name_en"), row.get("name")), file, featureType(row), null);
            aliases(r, row.get("name"), row.get("name_alt"));
        }
    }

    private static String featureType(Table.Row row) {
        String kind = row.get("featurecla").toLowerCase(java.util.Locale.ROOT);
        if (row.get("layer").startsWith("marine") || row.get("layer").startsWith("lakes") || row.get("layer").startsWith("rivers")) {
            return Wikidata.BODY_OF_WATER;
        }
        return kind.contains("island") ? Wikidata.ISLAND : kind.equals("mountain") ? Wikidata.MOUNTAIN : Wikidata.GEOGRAPHIC_REGION;
    }

    private static int scaleRank(Table.Row row) {
        try {
            return Integer.parseInt(row.get("scalerank"));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Ministries' agencies, armed forces, police, intelligence and border services, with their Wikidata English labels. */
    private void governmentBodies() {
        String file = "government/nsi_government_agencies_forces_operators.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            if (!row.get("dissolved").isEmpty() || row.get("wikidata_label_en").isEmpty()) {
                continue;
            }
            Resource r = item(row.get("qid"), row.get("wikidata_label_en"), file, Wikidata.GOVERNMENT_AGENCY);
            aliases(r, row.get("name"), row.get("short_name"), row.get("name_en"), row.get("aliases").replace(';', '|'));
            if (r != null && !row.get("wikidata_description").isEmpty()) {
                r.addProperty(org.apache.jena.vocabulary.SchemaDO.description, row.get("wikidata_description"), "en");
            }
        }
    }

    private void media() {
        // (the German regional newspapers' file states no licence, so it is not copied here nor used)
        for (String file : List.of("media/wikimediacred_us_newspapers_wikipedia_qids.csv")) {
            for (Table.Row row : Table.csv(sources.resolve(file))) {
                item(row.get("qid"), row.get("name"), file, Wikidata.NEWSPAPER);
            }
        }
        String file = "media/searxng_engine_websites_wikidata.csv";
        for (Table.Row row : Table.csv(sources.resolve(file))) {
            String[] names = row.get("site_names").split("\\|");
            Resource r = item(row.get("qid"), names[0], file, Wikidata.WEBSITE);
            aliases(r, row.get("site_names"));
        }
    }

    Resource place(String qid, String name, String file, String type, String country) {
        Resource r = item(qid, name, file, type);
        if (r != null && isQid(country)) {
            r.addProperty(model.createProperty(Wikidata.P17), model.createResource(Wikidata.item(country)));
        }
        return r;
    }

    private boolean isCountry(String qid) {
        return isQid(qid) && model.contains(model.createResource(Wikidata.item(qid)), model.createProperty(Wikidata.P31),
                model.createResource(Wikidata.item(Wikidata.COUNTRY)));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** Aliases from values that may each hold several names joined by "|". */
    void aliases(Resource r, String... values) {
        if (r == null) {
            return;
        }
        for (String v : values) {
            for (String a : (v == null ? "" : v).split("\\|")) {
                alias(r, a);
            }
        }
    }

    private void supplement() {
        for (Table.Row row : Table.tsv(handKept.resolve("supplement.tsv"))) {
            Resource r = item(row.get("qid"), row.get("label"),
                    "ontology/gazetteer/supplement.tsv (checked: " + row.get("checked") + ")", null);
            if (r == null) {
                throw row.error("qid", "must be a QID");
            }
            for (String a : row.get("aliases").split("\\|")) {
                alias(r, a);
            }
            for (String type : row.get("p31").split("\\|")) {
                if (isQid(type)) {
                    r.addProperty(model.createProperty(Wikidata.P31), model.createResource(Wikidata.item(type)));
                }
            }
            if (isQid(row.get("country"))) {
                r.addProperty(model.createProperty(Wikidata.P17), model.createResource(Wikidata.item(row.get("country"))));
            }
        }
    }

    private void aliases() {
        for (Table.Row row : Table.tsv(handKept.resolve("aliases.tsv"))) {
            Resource r = model.createResource(Wikidata.item(row.get("qid")));
            if (!r.hasProperty(RDFS.label)) {
                throw row.error("qid", "must be an item that a source file has");
            }
            for (String a : row.get("aliases").split("\\|")) {
                alias(r, a);
            }
        }
    }

    Resource person(String qid, String name, String file, String country, String note) {
        if (!isQid(qid) || name == null || name.isBlank()) {
            return null;
        }
        Resource p = item(qid, name, file, Wikidata.HUMAN);
        if (p == null) {
            return null;
        }
        if (country != null && isQid(country)) {
            p.addProperty(model.createProperty(Wikidata.P27), model.createResource(Wikidata.item(country)));
        }
        if (note != null) {
            p.addProperty(RDFS.comment, note, "en");
        }
        return p;
    }

    private void positionHeld(Resource person, String positionQid) {
        positionHeld(person, positionQid, "", "");
    }

    /**
     * {@code wdt:P39} and, where the file dates the term, the statement with its qualifiers as
     * Wikidata writes it: {@code p:P39 [ ps:P39 wd:Q… ; pq:P580 start ; pq:P582 end ]}.
     */
    void positionHeld(Resource person, String positionQid, String start, String end) {
        if (positionQid == null || !isQid(positionQid)) {
            return;
        }
        Resource position = model.createResource(Wikidata.item(positionQid));
        person.addProperty(model.createProperty(Wikidata.P39), position);
        Literal from = date(start);
        Literal to = date(end);
        if (from != null || to != null) {
            Resource statement = model.createResource().addProperty(model.createProperty(Wikidata.STATEMENT, "P39"), position);
            if (from != null) {
                statement.addLiteral(model.createProperty(Wikidata.START), from);
            }
            if (to != null) {
                statement.addLiteral(model.createProperty(Wikidata.END), to);
            }
            person.addProperty(model.createProperty(Wikidata.CLAIM, "P39"), statement);
        }
    }

    /** A year, year-month or day as xsd:gYear, xsd:gYearMonth or xsd:date; null for anything else. */
    private Literal date(String value) {
        String v = value == null ? "" : value.strip();
        if (v.matches("\\d{4}")) {
            return model.createTypedLiteral(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return model.createTypedLiteral(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return model.createTypedLiteral(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        }
        return null;
    }

    /**
     * The item, with its first label kept; later files add aliases, types and sources. A file
     * that gives an item of another kind the same QID (a region carrying its capital's QID) is
     * wrong there: that row is left out (null).
     */
    Resource item(String qid, String label, String source, String type) {
        if (!isQid(qid) || corrections.ignored(qid) || label == null || label.isBlank()) {
            return null;
        }
        Resource r = model.createResource(Wikidata.item(qid));
        if (type != null && conflicts(r, type)) {
            conflicts++;
            return null;
        }
        if (!r.hasProperty(RDFS.label)) {
            r.addProperty(RDFS.label, label.strip(), "en");
        } else {
            alias(r, label);
        }
        r.addProperty(DCTerms.source, source);
        if (type != null) {
            r.addProperty(model.createProperty(Wikidata.P31), model.createResource(Wikidata.item(type)));
        }
        return r;
    }

    private boolean conflicts(Resource r, String type) {
        ItemKind kind = ItemKind.ofType(type);
        List<ItemKind> existing = r.listProperties(model.createProperty(Wikidata.P31))
                .mapWith(t -> ItemKind.ofType(Wikidata.qid(t.getResource().getURI()))).filterDrop(java.util.Objects::isNull).toList();
        return kind != null && !existing.isEmpty() && !existing.contains(kind);
    }

    /** How many rows were left out because their QID was already an item of another kind. */
    public int conflicts() {
        return conflicts;
    }

    /** A new label for the item; the old one stays as an alias. */
    private void relabel(Resource r, String label) {
        String old = r.getProperty(RDFS.label).getString();
        if (!old.equals(label.strip())) {
            r.removeAll(RDFS.label).addProperty(RDFS.label, label.strip(), "en");
            model.remove(r, SKOS.altLabel, model.createLiteral(label.strip(), "en"));
            alias(r, old);
        }
    }

    void alias(Resource r, String alias) {
        if (r == null) {
            return;
        }
        String a = alias == null ? "" : alias.strip();
        if (!a.isEmpty() && !a.equals(r.getProperty(RDFS.label).getString())) {
            r.addProperty(SKOS.altLabel, a, "en");
        }
    }

    private static boolean isQid(String s) {
        return s != null && QID.matcher(s).matches();
    }
}
