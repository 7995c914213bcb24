/**
 * Finds the entities of an article: named mentions from NER, acronyms, facilities, groups and
 * described speakers, clustered into one {@link org.summitkg.extract.entity.Entity} per referent
 * with coreference and descriptors attached. {@link org.summitkg.extract.entity.EntityIndex}
 * answers "which entity is this token?" for the statement and event extractors.
 */
package org.summitkg.extract.entity;
