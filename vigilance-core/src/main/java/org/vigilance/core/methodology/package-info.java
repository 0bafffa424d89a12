/**
 * Methodologies: versioned data files that say how a company's due diligence is scored (levels,
 * groups with their weights, indicators with their questions and references to the UN Guiding
 * Principles, the OECD guidance, the CSDDD and the French duty-of-vigilance law, and the parameters
 * of the scoring rules), the port that reads them and an analyst's findings file, and the catalogue
 * of the methodologies bundled with the build or stored in a workspace.
 *
 * <p>A methodology used by an assessment is stored in the workspace as a source of its own
 * (importer {@value org.vigilance.core.methodology.Methodologies#IMPORTER}), so an assessment cites
 * the exact bytes it applied; a published id and version never change meaning.
 */
@NullMarked
package org.vigilance.core.methodology;

import org.jspecify.annotations.NullMarked;
