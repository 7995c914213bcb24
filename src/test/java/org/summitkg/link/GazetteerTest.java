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
import org.summitkg.extract.EntityType;

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
}
