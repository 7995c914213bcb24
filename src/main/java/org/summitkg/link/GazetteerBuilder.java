package org.summitkg.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the offline gazetteer, in Wikidata's own vocabulary, from Wikidata-derived CSV files
 * (countries and capitals, Natural Earth populated places, heads of state and government,
 * foreign ministers, US, Russian and Ukrainian office holders, members of the US Congress,
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
    private static final Map<String, String> CORRECTIONS = Map.of("Q29999", "Q55");
    private static final Set<String> IGNORED = Set.of("Q17088342");

    private final Path sources;
    private final Path handKept;
    private final Model model = ModelFactory.createDefaultModel();

    public GazetteerBuilder(Path sources, Path handKept) {
        this.sources = sources;
        this.handKept = handKept;
        model.setNsPrefix("wd", Wikidata.ENTITY);
        model.setNsPrefix("wdt", Wikidata.DIRECT);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("skos", SKOS.getURI());
        model.setNsPrefix("dcterms", DCTerms.getURI());
    }

    public Model build() {
        countries();
        places("places/naturalearth_ne_50m_populated_places_v5.0.0.csv");
        leaders();
        officeHolders("us");
        officeHolders("russia");
        officeHolders("ukraine");
        foreignMinisters();
        congress();
        organizations();
        supplement();
        aliases();
        return model;
    }

    private void countries() {
        String file = "derived/countries_gazetteer_joined.csv";
        for (Map<String, String> row : Csv.read(sources.resolve(file))) {
            String qid = CORRECTIONS.getOrDefault(row.get("qid"), row.get("qid"));
            if (row.get("iso2").equals("NA") && qid.isEmpty()) {
                qid = "Q1030"; // Namibia: its QID is missing in the file (README)
            }
            if (!"Yes".equals(row.get("is_independent")) || !isQid(qid)) {
                continue;
            }
            Resource country = item(qid, row.get("name_en"), file, Wikidata.COUNTRY);
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
                city.addProperty(model.createProperty(Wikidata.P31), model.createResource(Wikidata.item(Wikidata.CAPITAL)));
                city.addProperty(model.createProperty(Wikidata.P17), country);
                country.addProperty(model.createProperty(Wikidata.P36), city);
            }
        }
    }

    private void places(String file) {
        Map<String, String> countryByIso = countryQidsByIso2();
        for (Map<String, String> row : Csv.read(sources.resolve(file))) {
            if (!isQid(row.get("WIKIDATAID"))) {
                continue;
            }
            Resource city = item(row.get("WIKIDATAID"), row.get("NAME"), file, Wikidata.CITY);
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

    private Map<String, String> countryQidsByIso2() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map<String, String> row : Csv.read(sources.resolve("derived/countries_gazetteer_joined.csv"))) {
            out.put(row.get("iso2"), CORRECTIONS.getOrDefault(row.get("qid"), row.get("qid")));
        }
        return out;
    }

    private void leaders() {
        String file = "leaders/open-data-archive_world_leaders_hos_hog_2026.csv";
        for (Map<String, String> row : Csv.read(sources.resolve(file))) {
            person(row.get("person_qid"), row.get("person_name_en"), file, row.get("country_qid"),
                    row.get("title_en") + " of " + row.get("country"));
        }
    }

    private void officeHolders(String country) {
        Map<String, String> positions = new java.util.HashMap<>();
        for (Map<String, String> row : Csv.read(sources.resolve("leaders/everypolitician_" + country + "_positions.csv"))) {
            positions.put(row.get("position"), row.get("id"));
        }
        for (String which : List.of("current", "holders21")) {
            String file = "leaders/everypolitician_" + country + "_" + which + ".csv";
            for (Map<String, String> row : Csv.read(sources.resolve(file))) {
                Resource p = person(row.get("personID"), row.get("person"), file, null, null);
                if (p != null) {
                    positionHeld(p, positions.get(row.get("position")));
                }
            }
        }
    }

    private void foreignMinisters() {
        String file = "leaders/everypolitician_world_foreign_ministers_2022-12.csv";
        for (Map<String, String> row : Csv.read(sources.resolve(file))) {
            Resource p = person(row.get("person"), row.get("name"), file, row.get("country"), null);
            if (p != null) {
                positionHeld(p, row.get("position"));
            }
        }
    }

    private void congress() {
        String file = "politicians/us_congress_legislators_2013-2026_wikidata.csv";
        for (Map<String, String> row : Csv.read(sources.resolve(file))) {
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
        for (Map<String, String> row : Csv.read(sources.resolve(file))) {
            String qid = row.get("Wikidata_code");
            if (!isQid(qid) || IGNORED.contains(qid)) {
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

    private void supplement() {
        Path file = handKept.resolve("supplement.tsv");
        for (String[] row : Tsv.rows(file)) {
            Resource r = item(row[0], row[1], "ontology/gazetteer/supplement.tsv (checked: " + row[5] + ")", null);
            for (String a : row[2].split("\\|")) {
                alias(r, a);
            }
            for (String type : row[3].split("\\|")) {
                if (isQid(type)) {
                    r.addProperty(model.createProperty(Wikidata.P31), model.createResource(Wikidata.item(type)));
                }
            }
            if (isQid(row[4])) {
                r.addProperty(model.createProperty(Wikidata.P17), model.createResource(Wikidata.item(row[4])));
            }
        }
    }

    private void aliases() {
        for (String[] row : Tsv.rows(handKept.resolve("aliases.tsv"))) {
            Resource r = model.createResource(Wikidata.item(row[0]));
            if (!r.hasProperty(RDFS.label)) {
                throw new IllegalStateException("aliases.tsv names " + row[0] + ", which no source file has");
            }
            for (String a : row[1].split("\\|")) {
                alias(r, a);
            }
        }
    }

    private Resource person(String qid, String name, String file, String country, String note) {
        if (!isQid(qid) || name == null || name.isBlank()) {
            return null;
        }
        Resource p = item(qid, name, file, Wikidata.HUMAN);
        if (country != null && isQid(country)) {
            p.addProperty(model.createProperty(Wikidata.P27), model.createResource(Wikidata.item(country)));
        }
        if (note != null) {
            p.addProperty(RDFS.comment, note, "en");
        }
        return p;
    }

    private void positionHeld(Resource person, String positionQid) {
        if (positionQid != null && isQid(positionQid)) {
            person.addProperty(model.createProperty(Wikidata.P39), model.createResource(Wikidata.item(positionQid)));
        }
    }

    /** The item, with its first label kept; later files add aliases, types and sources. */
    private Resource item(String qid, String label, String source, String type) {
        Resource r = model.createResource(Wikidata.item(qid));
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

    private void alias(Resource r, String alias) {
        String a = alias == null ? "" : alias.strip();
        if (!a.isEmpty() && !a.equals(r.getProperty(RDFS.label).getString())) {
            r.addProperty(SKOS.altLabel, a, "en");
        }
    }

    private static boolean isQid(String s) {
        return s != null && QID.matcher(s).matches();
    }
}
