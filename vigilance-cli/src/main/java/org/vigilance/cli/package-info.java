/**
 * The command line: picocli commands that call the core use cases through the ports handed over by
 * the application's wiring ({@link org.vigilance.cli.Environment}); never an adapter class
 * directly.
 */
@NullMarked
package org.vigilance.cli;

import org.jspecify.annotations.NullMarked;
