/**
 * Benchmarks run on purpose ({@code ./vigilance bench ...}), the seeded generators they use and the
 * peers they are compared with. Packaged as its own jar ({@code vigilance-bench.jar}), so that the
 * peers' libraries (DuckDB, 80 MB of native code) stay out of the application. Not a test: figures
 * go to {@code docs/benchmarks.md} with the machine, the date and the command.
 */
@NullMarked
package org.vigilance.bench;

import org.jspecify.annotations.NullMarked;
