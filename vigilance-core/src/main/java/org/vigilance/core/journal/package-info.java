/**
 * The journal: an append-only, hash-chained record of every write to a workspace. Entry hash =
 * SHA-256(previous hash ‖ canonical bytes of the entry). The chain logic lives here; adapters only
 * persist entries in the same transaction as the write they describe.
 */
@NullMarked
package org.vigilance.core.journal;

import org.jspecify.annotations.NullMarked;
