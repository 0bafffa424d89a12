package org.vigilance.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.Reject;
import org.vigilance.core.evidence.BlobRef;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.workspace.Workspace;

/** Small builders of sources, fragments and batches for tests. */
public final class Fixtures {
  /** A fixed instant for deterministic tests. */
  public static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  private Fixtures() {}

  /** Stores the bytes and registers a source for them in the default collection. */
  public static Source registerSource(Workspace workspace, String name, String content) {
    try {
      BlobRef blob =
          workspace.blobs().put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
      CollectionName collection = CollectionName.DEFAULT;
      workspace.sources().ensureCollection(collection);
      Source source =
          new Source(
              SourceId.derive("ftm", collection, blob.hash()),
              name,
              collection,
              blob,
              "application/json",
              "ftm",
              Sensitivity.PUBLIC,
              EvidenceGrade.E3,
              "https://example.org/" + name,
              "CC0-1.0",
              T0,
              "tester");
      workspace.sources().register(source);
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fragment of a company with the given name. */
  public static Fragment company(SourceId source, long line, String id, String name) {
    return new Fragment(
        new EntityDraft(EntityId.of(id), "Company", Map.of("name", List.of(name))),
        source,
        Locator.line(line),
        T0,
        "tester");
  }

  /**
   * A batch of {@code count} company fragments on consecutive lines, plus one reject after them.
   */
  public static FragmentBatch batch(SourceId source, long sequence, long firstLine, int count) {
    List<Fragment> fragments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long line = firstLine + i;
      fragments.add(company(source, line, "co-" + line, "Company " + line));
    }
    long rejectLine = firstLine + count;
    List<Reject> rejects =
        List.of(
            new Reject(
                Locator.line(rejectLine),
                "schema",
                "unknown schema 'Nope'",
                "{\"id\":\"x\",\"schema\":\"Nope\"} \u00e9".getBytes(StandardCharsets.UTF_8)));
    return new FragmentBatch(source, sequence, firstLine, rejectLine, fragments, rejects);
  }
}
