/**
 * Tables with a FollowTheMoney mapping: a reader that turns each row of a CSV file into the
 * entities a mapping file (FtM's {@code followthemoney.mapping} YAML format, as written for Aleph)
 * describes, with the ids FtM would give them. {@link
 * org.vigilance.ingest.mapping.MappingRecordReader#open} parses and checks the mapping before
 * anything is imported; everything else in the package is internal.
 */
@NullMarked
package org.vigilance.ingest.mapping;

import org.jspecify.annotations.NullMarked;
