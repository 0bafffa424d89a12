package org.vigilance.core.search;

/**
 * What one indexing run did.
 *
 * @param entities entities (re)indexed
 * @param documents index documents written
 * @param watermark the watermark committed with them
 * @param full whether the whole store was streamed (a rebuild, or a catch-up into an empty index)
 */
public record IndexRun(long entities, long documents, long watermark, boolean full) {}
