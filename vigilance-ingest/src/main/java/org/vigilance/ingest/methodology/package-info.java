/**
 * Methodology files and analysts' findings files in YAML (the {@code MethodologyFiles} port), and
 * the methodologies bundled with the build ({@code vigilance-hrdd-2026.1.yaml}).
 *
 * <p>Both files are read through Jackson's YAML parser into a small tree that remembers the line of
 * every key and value, so that each problem is named by file, line and field ({@code hrdd.yaml:41:
 * indicators[G-02].group: unknown group 'X' (groups: G, I, A, T, C, R)}). Unknown keys are errors:
 * a misspelt key would otherwise silently mean nothing. The formats are described in {@code
 * docs/due-diligence.md}.
 */
@NullMarked
package org.vigilance.ingest.methodology;

import org.jspecify.annotations.NullMarked;
