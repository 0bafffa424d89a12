/**
 * The workspace: one place holding the blob store, the source catalogue, the fragment store and the
 * journal, with the use cases that look at all of them at once (verification, statistics).
 */
@NullMarked
package org.vigilance.core.workspace;

import org.jspecify.annotations.NullMarked;
