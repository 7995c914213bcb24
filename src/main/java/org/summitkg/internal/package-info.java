/**
 * Helpers the stages share and nobody outside summit-kg should use: the table reader ({@link
 * org.summitkg.internal.Table}) that every CSV and TSV file goes through.
 */
package org.summitkg.internal;
