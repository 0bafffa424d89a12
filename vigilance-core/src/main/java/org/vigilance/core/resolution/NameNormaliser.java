package org.vigilance.core.resolution;

import java.util.List;

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

  /**
   * The kind of a canonical legal form, for comparing forms: forms that name one kind of company in
   * two languages (Russian {@code ooo} and English {@code llc}) are of one kind. By default, the
   * form itself.
   *
   * @param form a canonical legal form, as in {@link NormalisedName#legalForms()}
   * @return its kind
   */
  default String legalFormKind(String form) {
    return form;
  }

  /**
   * The words of an address, for comparing addresses. By default, the words of the address
   * normalised as a name.
   *
   * @param address an address as a source wrote it
   * @return its words, in order
   */
  default List<String> addressWords(String address) {
    String n = normalise(address).normalised();
    return n.isEmpty() ? List.of() : List.of(n.split(" ", -1));
  }
}
