/**
 * Finds who said what: direct quotes, reported speech, attributed attitudes and transcripts, each a
 * {@link org.summitkg.extract.statement.Statement} with its speakers, cue and the rule that
 * attributed it, tagged with the topics of {@code ontology/topics.ttl}.
 */
package org.summitkg.extract.statement;
