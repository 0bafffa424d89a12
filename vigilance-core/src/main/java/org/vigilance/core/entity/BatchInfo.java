package org.vigilance.core.entity;

import org.vigilance.core.evidence.SourceId;

/**
 * A committed batch as a store records it.
 *
 * @param source the source
 * @param sequence its number within the source
 * @param firstRecord first record number covered
 * @param lastRecord last record number covered
 * @param fragments fragments stored
 * @param rejects rejects stored
 * @param journalSeq the journal entry written with it
 */
public record BatchInfo(
    SourceId source,
    long sequence,
    long firstRecord,
    long lastRecord,
    int fragments,
    int rejects,
    long journalSeq) {}
