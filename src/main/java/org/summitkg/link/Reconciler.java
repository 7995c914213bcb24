package org.summitkg.link;

import java.util.Optional;
import org.summitkg.extract.entity.EntityType;

/** Finds a Wikidata item for a name the gazetteer lacks, of a kind the entity type allows. */
public interface Reconciler {
    Optional<GazetteerItem> reconcile(String name, EntityType type);
}
