package org.summitkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitkg.SummitKgException;

/** The pipeline's settings (no models are loaded: the pipeline loads on first use). */
class CoreNlpSettingsTest {
    @AfterEach
    void clear() {
        System.clearProperty("summitkg.threads");
    }

    @Test
    void threadsFollowTheCoresUnlessTheSystemPropertySaysOtherwise() {
        assertEquals(Runtime.getRuntime().availableProcessors(), CoreNlpAnnotator.threads());
        System.setProperty("summitkg.threads", "3");
        assertEquals(3, CoreNlpAnnotator.threads());
        System.setProperty("summitkg.threads", "many");
        SummitKgException e = assertThrows(SummitKgException.class, CoreNlpAnnotator::threads);
        assertEquals("system property summitkg.threads must be a whole number of at least 1, was \"many\"", e.getMessage());
    }

    @Test
    void coreNlpRunsOnOneThreadInsideAnArticleWhateverTheCores() {
        System.setProperty("summitkg.threads", "4");
        assertEquals("1", CoreNlpAnnotator.defaultProperties().getProperty("threads"));
        assertEquals("1", CoreNlpAnnotator.properties().getProperty("threads"));
    }

    @Test
    void theThreadCountIsNotPartOfTheSettingsThatKeyTheCache() {
        Properties two = CoreNlpAnnotator.defaultProperties();
        two.setProperty("threads", "2");
        Properties eight = CoreNlpAnnotator.defaultProperties();
        eight.setProperty("threads", "8");
        String settings = new CoreNlpAnnotator(two).settings();
        assertEquals(settings, new CoreNlpAnnotator(eight).settings());
        assertFalse(settings.contains("threads"), settings);
        assertTrue(settings.contains("coref.algorithm=statistical"), settings);
    }
}
