/**
 * The embedded store: fragments, sources, collections and the journal in one SQLite database (WAL,
 * {@code synchronous=FULL}), with versioned migrations applied on open.
 */
@NullMarked
package org.vigilance.store.sqlite;

import org.jspecify.annotations.NullMarked;
