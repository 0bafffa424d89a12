/**
 * FollowTheMoney adapters: the bundled schemata (FtM's own and Vigilance's) loaded into the core
 * {@link org.vigilance.core.entity.Model}, a reader of FtM entity JSON Lines that hands each line
 * to a {@link org.vigilance.core.ingest.RecordSink}, and a writer of merged entities in the same
 * format.
 */
@NullMarked
package org.vigilance.ingest.ftm;

import org.jspecify.annotations.NullMarked;
