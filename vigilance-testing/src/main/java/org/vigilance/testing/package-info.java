/**
 * Test support shared by every module: one abstract contract test per port, run against every
 * adapter, and in-memory reference adapters that obey the same contracts. Test scope only.
 */
@NullMarked
package org.vigilance.testing;

import org.jspecify.annotations.NullMarked;
