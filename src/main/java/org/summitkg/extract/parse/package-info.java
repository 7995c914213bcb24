/**
 * Shared by the extractors: a sentence's dependency parse as a tree to walk ({@link
 * org.summitkg.extract.parse.Parse}), the one name normaliser ({@link
 * org.summitkg.extract.parse.Names}), and the word lists read from {@code org/summitkg/lexicon/}
 * ({@link org.summitkg.extract.parse.Lexicon}, {@link org.summitkg.extract.parse.Lexicons}).
 */
package org.summitkg.extract.parse;
