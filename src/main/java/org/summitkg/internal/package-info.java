/**
 * Helpers the stages share and nobody outside summit-kg should use: the table reader ({@link
 * org.summitkg.internal.Table}) that every CSV and TSV file goes through, SHA-256 in hex ({@link
 * org.summitkg.internal.Sha256}) and scratch-folder deletion ({@link org.summitkg.internal.Folders}).
 */
package org.summitkg.internal;
