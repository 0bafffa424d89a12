package org.vigilance.core.resolution;

/**
 * Turns an organisation's name into the forms the matcher compares (port; the adapter does the
 * Unicode work: NFKC, case folding, transliteration of other scripts, legal forms).
 *
 * <p>Implementations are thread-safe, and normalising is idempotent: normalising the {@link
 * NormalisedName#normalised()} form of a name again gives the same form.
 */
public interface NameNormaliser {
  /**
   * Normalises one name.
   *
   * @param name the name as a source wrote it
   * @return its normalised forms
   */
  NormalisedName normalise(String name);
}
