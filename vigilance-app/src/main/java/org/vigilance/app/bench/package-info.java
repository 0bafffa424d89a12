/**
 * Seeded generators of test data: the FtM entities that the crash test imports and that {@code
 * vigilance bench import-ftm} (module {@code vigilance-bench}) times.
 */
@NullMarked
package org.vigilance.app.bench;

import org.jspecify.annotations.NullMarked;
