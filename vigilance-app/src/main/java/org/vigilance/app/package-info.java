/**
 * The application: the one place that sees every module and wires adapters into the core use cases
 * with plain constructors.
 */
@NullMarked
package org.vigilance.app;

import org.jspecify.annotations.NullMarked;
