/** Content-addressed blob storage on the file system: write once, fsync, atomic rename. */
@NullMarked
package org.vigilance.store.blob;

import org.jspecify.annotations.NullMarked;
