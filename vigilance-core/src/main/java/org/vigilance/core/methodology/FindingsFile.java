package org.vigilance.core.methodology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's findings file as read, before it is checked against a methodology and a case: per
 * indicator the proposed level, the rationale and the evidence cited, each with the line it is on
 * so that every problem can be named where it is.
 *
 * @param file the file name
 * @param methodology the methodology it was written for ({@code id} or {@code id@version}), when it
 *     says
 * @param methodologyLine the line of {@code methodology}
 * @param subject the subject it was written for, when it says
 * @param subjectLine the line of {@code subject}
 * @param proposals the proposals by indicator id, in file order
 */
public record FindingsFile(
    String file,
    @Nullable String methodology,
    int methodologyLine,
    @Nullable String subject,
    int subjectLine,
    Map<String, Proposal> proposals) {

  /** Copies the map. */
  public FindingsFile {
    Objects.requireNonNull(file);
    proposals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proposals));
  }

  /**
   * What the analyst proposes for one indicator.
   *
   * @param indicator the indicator id
   * @param line the line of the indicator's entry
   * @param level the proposed level as written ({@code 0}, {@code 2}, {@code n/a})
   * @param levelLine the line of {@code level}
   * @param rationale why
   * @param evidence the evidence cited
   */
  public record Proposal(
      String indicator,
      int line,
      String level,
      int levelLine,
      String rationale,
      List<EvidenceRef> evidence) {
    /** Copies the list. */
    public Proposal {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A passage cited as evidence.
   *
   * @param document the id of the document (an ingested file or a cited record)
   * @param locator where in it (a page, a row, a span), when given
   * @param quote the passage, when given
   * @param line the line of the citation
   */
  public record EvidenceRef(
      String document, @Nullable String locator, @Nullable String quote, int line) {}

  /** The problem at a line, for this file. */
  public FileFormatException problem(int line, String field, String reason) {
    return new FileFormatException(file, line, field, reason);
  }
}
