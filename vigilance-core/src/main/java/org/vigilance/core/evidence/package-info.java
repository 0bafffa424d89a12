/**
 * Evidence: sources, their bytes (content-addressed blobs), collections, sensitivity and evidence
 * grades. A source's bytes are stored once and never altered; everything else is derived from them.
 */
@NullMarked
package org.vigilance.core.evidence;

import org.jspecify.annotations.NullMarked;
