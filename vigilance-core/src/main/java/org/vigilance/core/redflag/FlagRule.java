package org.vigilance.core.redflag;

import java.util.List;

/** A red-flag rule: pure, over a {@link VendorCase}. */
public interface FlagRule {
  /** The stable id, {@code RF-01}... (reports cite it). */
  String id();

  /** A short title. */
  String title();

  /** What the rule looks for and why it matters, in a few sentences. */
  String explanation();

  /** The flags it raises for the vendor, in a stable order. */
  List<RedFlag> apply(VendorCase vendor);
}
