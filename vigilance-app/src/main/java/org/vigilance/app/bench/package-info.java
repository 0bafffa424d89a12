/** Benchmarks run on purpose ({@code vigilance bench ...}), and the seeded generators they use. */
@NullMarked
package org.vigilance.app.bench;

import org.jspecify.annotations.NullMarked;
