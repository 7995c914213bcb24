/**
 * What {@code summit-kg bench} and the load tests share: synthetic corpora made by recombining a
 * corpus's paragraphs, the competency queries they send, and latency percentiles (HdrHistogram).
 */
package org.summitkg.bench;
