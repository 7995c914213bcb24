/**
 * Stage 4: links entities to Wikidata items. Offline by default, from the gazetteer built from
 * {@code ontology/gazetteer/sources/} into {@code ontology/gazetteer/gazetteer.ttl} (Wikidata's own
 * vocabulary: labels, aliases, P31 types, dated positions, countries) and read through its fast
 * index {@code gazetteer.tsv.gz}; online reconciliation against Wikidata's API is optional, retried
 * and cached. An entity with no fitting item stays unlinked: a local IRI is better than a wrong item.
 */
package org.summitkg.link;
