/**
 * Stage 4: links entities to Wikidata items. Offline by default, from the gazetteer in
 * {@code ontology/gazetteer.ttl} (Wikidata's own vocabulary: labels, aliases, P31 types, offices,
 * countries); online reconciliation against Wikidata's API is optional and cached. An entity with
 * no fitting item stays unlinked: a local IRI is better than a wrong item.
 */
package org.summitkg.link;
