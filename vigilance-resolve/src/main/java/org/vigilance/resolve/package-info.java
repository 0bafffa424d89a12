/**
 * Cross-referencing adapters: {@link org.vigilance.resolve.IcuNameNormaliser} (ICU4J: NFKC with
 * case folding, transliteration of other scripts to ASCII Latin, legal forms, stop words and
 * spellings from resource tables), {@link org.vigilance.resolve.CommonsTextSimilarity} (Apache
 * Commons Text) and {@link org.vigilance.resolve.CsvLabelledPairs} (FastCSV).
 */
@NullMarked
package org.vigilance.resolve;

import org.jspecify.annotations.NullMarked;
