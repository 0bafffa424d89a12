/**
 * Ingest: importing a source (store its bytes, register it, read its records, commit fragments in
 * atomic batches, keep rejected records with their reason, resume after a crash) and exporting
 * merged entities.
 */
@NullMarked
package org.vigilance.core.ingest;

import org.jspecify.annotations.NullMarked;
