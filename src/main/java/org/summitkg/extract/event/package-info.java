/**
 * Finds events (summits, meetings, talks, calls, proposed meetings) from the event words of {@code
 * lexicon/events.tsv}, with their participants, place, date and status, one {@link
 * org.summitkg.extract.event.Event} per event within the article.
 */
package org.summitkg.extract.event;
