/**
 * Procurement: contracts with their suppliers, the agency units that awarded them (placed in their
 * agency hierarchy), dates and values, read from the merged entities whatever importer recorded
 * them (USAspending, OCDS, FtM files, CSV mappings).
 */
@NullMarked
package org.vigilance.core.procurement;

import org.jspecify.annotations.NullMarked;
