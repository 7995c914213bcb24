package org.summitkg.extract.entity;

/** A named mention with the type NER gave it and its normalised name, before clustering. */
record Candidate(Mention mention, EntityType type, String key) {
}
