/**
 * The stages of one article put together — annotate (cached), extract, link, map to RDF — and the
 * version of the pipeline that made a graph. Shared by the single-machine build ({@code cli}) and
 * the Spark job ({@code spark}), so both make the same graph of the same article.
 */
package org.summitkg.build;
