/**
 * Writes the store out for other tools: RDF (Turtle, TriG, N-Quads, JSON-LD) with the named
 * graphs kept where the format can hold them.
 */
package org.summitkg.export;
