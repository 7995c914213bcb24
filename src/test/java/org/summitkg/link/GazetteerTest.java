package org.summitkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitkg.extract.entity.EntityType;


/** The gazetteer shipped in ontology/gazetteer: size, sources, spelling variants, types. */
class GazetteerTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.shipped();
    }

    private static List<String> qids(String name) {
        return gazetteer.lookup(name).stream().map(GazetteerItem::qid).toList();
    }

    @Test
    void holdsOverAThousandItemsEachWithASource() {
        Model m = RDFDataMgr.loadModel("ontology/gazetteer/gazetteer.ttl");
        List<?> items = m.listSubjectsWithProperty(RDFS.label).toList();
        assertTrue(items.size() >= 1000, "items: " + items.size());
        assertEquals(items.size(), m.listSubjectsWithProperty(DCTerms.source).toList().size());
        assertEquals(items.size(), gazetteer.size());
    }

    @Test
    void findsSpellingVariants() {
        assertEquals(List.of("Q3874799"), qids("Zelenskiy"));
        assertEquals(qids("Zelensky"), qids("Volodymyr Zelenskyy"));
        assertTrue(qids("Kiev").contains("Q1899") && qids("Kyiv").contains("Q1899"));
        assertTrue(qids("U.S.").contains("Q30"));
    }

    @Test
    void everySovereignStateAndItsCapitalIsThere() {
        assertTrue(gazetteer.get("Q30").kinds().contains(ItemKind.COUNTRY));
        assertTrue(gazetteer.get("Q61").capital());
        long countries = gazetteer.knownNames().types().values().stream().filter(t -> t == EntityType.COUNTRY).count();
        assertTrue(countries >= 195, "country names: " + countries);
    }

    @Test
    void knownNamesLeaveOutOrdinaryTowns() {
        assertEquals(EntityType.CITY, gazetteer.knownNames().typeOf("Kyiv").orElseThrow());
        assertTrue(gazetteer.knownNames().typeOf("Anchorage").isEmpty());
    }

    @Test
    void theShippedIndexHoldsExactlyTheItemsOfTheTurtle() {
        java.util.Map<String, String> fromTurtle = new java.util.HashMap<>();
        Gazetteer.shippedTurtle().items().forEach(i -> fromTurtle.put(i.qid(), normal(i)));
        java.util.Map<String, String> fromIndex = new java.util.HashMap<>();
        gazetteer.items().forEach(i -> fromIndex.put(i.qid(), normal(i)));
        assertEquals(fromTurtle.size(), fromIndex.size());
        fromTurtle.forEach((qid, item) -> assertEquals(item, fromIndex.get(qid), qid));
    }

    private static String normal(GazetteerItem i) {
        return String.join(" ; ", i.label(), new java.util.TreeSet<>(i.aliases()).toString(), new java.util.TreeSet<>(i.types()).toString(),
                new java.util.TreeSet<>(i.countries()).toString(), i.sources() + " " + i.officeHolder() + " " + i.capital(),
                new java.util.TreeSet<>(i.terms().stream().map(Term::toString).toList()).toString());
    }

    @Test
    void coversRegionsSeasNewsMediaAgenciesAndOfficeHoldersOfMoreCountries() {
        assertTrue(gazetteer.size() > 30_000, "items: " + gazetteer.size());
        GazetteerItem region = only("Bavaria", ItemKind.REGION);
        assertTrue(region.countries().contains("Q183"), region.toString());
        only("Black Sea", ItemKind.FEATURE);
        only("The New York Times", ItemKind.ORGANIZATION);
        only("Federal Bureau of Investigation", ItemKind.ORGANIZATION);
        GazetteerItem chancellor = only("Olaf Scholz", ItemKind.PERSON);
        assertTrue(chancellor.inOfficeOn(java.time.LocalDate.of(2022, 6, 1)), chancellor.terms().toString());
        assertTrue(!chancellor.inOfficeOn(java.time.LocalDate.of(2015, 6, 1)), chancellor.terms().toString());
    }

    private static GazetteerItem only(String name, ItemKind kind) {
        List<GazetteerItem> found = gazetteer.lookup(name).stream().filter(i -> i.kinds().contains(kind)).toList();
        assertEquals(1, found.size(), name + ": " + found);
        return found.get(0);
    }

    @Test
    void aRegionFileRowCarryingACitysQidIsLeftOut() {
        // the regions file gives a first-level region its capital city's QID; the city keeps it, unmixed
        for (GazetteerItem item : gazetteer.items()) {
            boolean city = item.kinds().contains(ItemKind.CITY);
            boolean region = item.types().contains(Wikidata.FIRST_LEVEL_SUBDIVISION);
            assertTrue(!(city && region), item.toString());
        }
    }

    @Test
    void onlyInternationalOrganisationsAreNamesToFindInText() {
        var known = gazetteer.knownNames().types();
        assertEquals(EntityType.ORGANIZATION, known.get("G20"));
        assertTrue(!known.containsKey("The New York Times") && !known.containsKey("Federal Bureau of Investigation")
                && !known.containsKey("Bavaria") && !known.containsKey("Black Sea"), "newspapers, agencies, regions, seas are not");
    }
}
