package org.vigilance.core.evidence;

/**
 * What the complete import of a source produced.
 *
 * @param records records read (fragments plus rejects)
 * @param fragments fragments stored
 * @param rejects records rejected
 */
public record ImportTotals(long records, long fragments, long rejects) {}
