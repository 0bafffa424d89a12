package org.vigilance.ingest.ocds;

import static org.vigilance.ingest.ocds.OcdsValues.list;
import static org.vigilance.ingest.ocds.OcdsValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.entity.Model;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.ingest.ocds.OcdsDocument.BrokenLine;
import org.vigilance.ingest.ocds.OcdsDocument.Item;
import org.vigilance.ingest.ocds.OcdsDocument.Meta;
import org.vigilance.ingest.ocds.OcdsDocument.RecordItem;
import org.vigilance.ingest.ocds.OcdsDocument.ReleaseItem;

/**
 * Reads Open Contracting Data Standard data (OCDS 1.0 and 1.1): release packages, record packages,
 * releases, records and arrays of them, as one JSON value, JSON Lines or values one after another.
 *
 * <p>Records are numbered from 1 in file order: each release (those inside records too), and after
 * the last release of an ocid, that ocid's compiled record. A record of a record package is
 * numbered after its releases. Fragments cite {@code release:<n>:<ocid>/<release id>} for what a
 * release says and {@code record:<n>:<ocid>} for a compiled record (see {@link #locate}); the
 * package documentation says what is emitted for each and how OCDS maps to FollowTheMoney.
 *
 * <p>A release without a string {@code ocid} or {@code date} is rejected (field {@code ocid} or
 * {@code date}) with its bytes, as is a line of a JSON Lines file that is not JSON; the others are
 * read. Input that is not OCDS at all fails before anything is handed to the sink: {@link #read}
 * throws an {@link IOException} and {@link #check} an {@link IllegalArgumentException}, whose
 * message begins {@code "not OCDS: "} and says what the file holds.
 *
 * <p>The whole file is read into memory, since the releases of an ocid may be anywhere in it and
 * must all be known before its record is compiled; OCDS files are modest (a package is typically a
 * few megabytes), and a bulk download split into JSON Lines can be imported a file at a time.
 *
 * <p>Not thread-safe: use one instance per thread; an instance may read several streams in turn.
 */
public final class OcdsRecordReader implements RecordReader {
  private final OcdsMapping mapping;
  private final Map<Long, Locator> locators = new HashMap<>();
  private final Set<String> warnings = new LinkedHashSet<>();
  private long number;

  /** A reader mapping to the bundled FollowTheMoney and Vigilance model. */
  public OcdsRecordReader() {
    this(FtmSchemaLoader.loadDefault());
  }

  /** A reader mapping to the given model, which must have the FollowTheMoney schemata. */
  public OcdsRecordReader(Model model) {
    this.mapping = new OcdsMapping(model);
  }

  /**
   * Checks that a file is OCDS without importing it: the same detection {@link #read} does first.
   *
   * @throws IllegalArgumentException when it is not, with a message that begins {@code "not OCDS:
   *     "} and says what the file holds
   * @throws IOException when the file cannot be read
   */
  public static void check(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      OcdsDocument.parse(OcdsText.of(bytes));
    } catch (NotOcdsException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** {@code release}. */
  @Override
  public String recordKind() {
    return "release";
  }

  /**
   * {@code release:<n>:<ocid>/<release id>} for a release ({@code release:<n>:<ocid>} when it has
   * no id, {@code release:<n>} when it has no ocid), {@code record:<n>:<ocid>} for a compiled
   * record.
   */
  @Override
  public Locator locate(long record) {
    Locator locator = locators.get(record);
    return locator != null ? locator : RecordReader.super.locate(record);
  }

  /**
   * What the last {@link #read} noticed without rejecting anything: a file read as ISO-8859-1, an
   * unknown OCDS version, objects sharing an {@code id} in an array.
   */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Reads every release and record of the stream into the sink.
   *
   * @throws IOException when the stream fails, or when it is not OCDS (the message begins {@code
   *     "not OCDS: "}; nothing was handed to the sink)
   */
  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    locators.clear();
    warnings.clear();
    number = 0;
    OcdsText text = OcdsText.of(in.readAllBytes());
    OcdsDocument document = OcdsDocument.parse(text);
    String note = text.note();
    if (note != null) {
      warnings.add(note);
    }
    List<Step> plan = plan(document);
    long resumeAfter = sink.resumeAfter();
    for (Step step : plan) {
      locators.put(step.number(), step.locator());
      if (step.number() <= resumeAfter) {
        continue;
      }
      switch (step) {
        case Rejected rejected ->
            sink.reject(
                rejected.number(), rejected.field(), rejected.reason(), rejected.raw().bytes());
        case Release release ->
            accept(
                sink,
                release.number(),
                mapping.map(
                    release.node(), new OcdsMapping.Context(release.ocid(), release.meta(), note)),
                release.raw());
        case Compiled compiled -> {
          ObjectNode merged = compile(compiled.releases());
          byte[] raw = OcdsValues.jsonBytes(merged);
          Meta meta = compiled.releases().get(compiled.releases().size() - 1).meta();
          accept(
              sink,
              compiled.number(),
              mapping.map(merged, new OcdsMapping.Context(compiled.ocid(), meta, note)),
              raw::clone);
        }
        case RecordStep record ->
            accept(
                sink,
                record.number(),
                mapping.map(
                    record.compiled(), new OcdsMapping.Context(record.ocid(), record.meta(), note)),
                record.raw());
      }
    }
  }

  private static void accept(
      RecordSink sink, long record, List<EntityDraft> drafts, RecordSink.RawRecord raw) {
    for (EntityDraft draft : drafts) {
      sink.accept(record, draft, raw);
    }
  }

  /** A numbered thing to hand to the sink. */
  private sealed interface Step permits Rejected, Release, Compiled, RecordStep {
    long number();

    Locator locator();
  }

  private record Rejected(
      long number, Locator locator, @Nullable String field, String reason, RecordSink.RawRecord raw)
      implements Step {}

  private record Release(
      long number,
      Locator locator,
      ObjectNode node,
      String ocid,
      Meta meta,
      RecordSink.RawRecord raw)
      implements Step {}

  /** The compiled record of the releases of an ocid found outside records. */
  private record Compiled(long number, Locator locator, String ocid, List<Release> releases)
      implements Step {}

  /** A record of a record package (or a versioned release): its compiled release. */
  private record RecordStep(
      long number,
      Locator locator,
      String ocid,
      JsonNode compiled,
      Meta meta,
      RecordSink.RawRecord raw)
      implements Step {}

  /** Why a release cannot be read. */
  private record Problem(@Nullable String field, String reason) {}

  private List<Step> plan(OcdsDocument document) {
    List<Item> items = document.items();
    Map<String, Integer> lastRelease = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ReleaseItem release && problem(release.node()) == null) {
        lastRelease.put(release.node().get("ocid").textValue(), i);
      }
    }
    List<Step> steps = new ArrayList<>();
    Map<String, List<Release>> groups = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      switch (items.get(i)) {
        case ReleaseItem item -> {
          noteVersion(item.meta());
          Step step = release(item.node(), item.meta(), document);
          steps.add(step);
          if (step instanceof Release release) {
            groups.computeIfAbsent(release.ocid(), ignored -> new ArrayList<>()).add(release);
            Integer last = lastRelease.get(release.ocid());
            if (last != null && last == i) {
              long recordNumber = ++number;
              steps.add(
                  new Compiled(
                      recordNumber,
                      new Locator("record:" + recordNumber + ":" + release.ocid()),
                      release.ocid(),
                      List.copyOf(groups.remove(release.ocid()))));
            }
          }
        }
        case RecordItem item -> {
          noteVersion(item.meta());
          record(item, document, steps);
        }
        case BrokenLine line -> {
          long recordNumber = ++number;
          steps.add(
              new Rejected(
                  recordNumber,
                  new Locator("release:" + recordNumber),
                  null,
                  line.reason(),
                  () -> document.raw(line.span())));
        }
      }
    }
    return steps;
  }

  private void noteVersion(Meta meta) {
    String version = meta.version();
    if (version != null && !version.equals("1.0") && !version.equals("1.1")) {
      warnings.add("unknown OCDS version '" + version + "': read as OCDS 1.1");
    }
  }

  private Step release(JsonNode node, Meta meta, OcdsDocument document) {
    long recordNumber = ++number;
    RecordSink.RawRecord raw = () -> raw(document, node);
    Problem problem = problem(node);
    String ocid = node.path("ocid").isTextual() ? text(node.get("ocid")) : null;
    String id = text(node.get("id"));
    Locator locator =
        new Locator(
            "release:"
                + recordNumber
                + (ocid == null ? "" : ":" + ocid + (id == null ? "" : "/" + id)));
    if (problem != null || ocid == null) {
      Problem reported = problem != null ? problem : new Problem("ocid", "'ocid' is empty");
      return new Rejected(recordNumber, locator, reported.field(), reported.reason(), raw);
    }
    return new Release(recordNumber, locator, (ObjectNode) node, ocid, meta, raw);
  }

  private static byte[] raw(OcdsDocument document, JsonNode node) {
    OcdsDocument.Span span = document.span(node);
    return span != null ? document.raw(span) : OcdsValues.jsonBytes(node);
  }

  /** Why a value in the place of a release is not a usable release, or null when it is one. */
  private static @Nullable Problem problem(JsonNode node) {
    if (!node.isObject()) {
      return new Problem(null, "the release is " + OcdsDocument.kind(node) + ", not an object");
    }
    for (String field : List.of("ocid", "date")) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return new Problem(
            field,
            "the release has no '"
                + field
                + "'"
                + (field.equals("date") ? ", which compiling the releases of an ocid needs" : ""));
      }
      if (!value.isTextual()) {
        return new Problem(
            field, "'" + field + "' is " + OcdsDocument.kind(value) + ", not a string");
      }
      if (value.textValue().isBlank()) {
        return new Problem(field, "'" + field + "' is empty");
      }
    }
    return null;
  }

  private void record(RecordItem item, OcdsDocument document, List<Step> steps) {
    JsonNode node = item.node();
    RecordSink.RawRecord raw = () -> raw(document, node);
    if (!node.isObject()) {
      long recordNumber = ++number;
      steps.add(
          new Rejected(
              recordNumber,
              new Locator("record:" + recordNumber),
              null,
              "the record is " + OcdsDocument.kind(node) + ", not an object",
              raw));
      return;
    }
    List<Release> releases = new ArrayList<>();
    if (!item.versionedOnly()) {
      for (JsonNode release : list(node.get("releases"))) {
        if (release.isObject() && release.has("url") && !release.has("ocid")) {
          continue; // a linked release: its data is elsewhere
        }
        Step step = release(release, item.meta(), document);
        steps.add(step);
        if (step instanceof Release full) {
          releases.add(full);
        }
      }
    }
    long recordNumber = ++number;
    JsonNode compiledRelease = node.path("compiledRelease");
    JsonNode versionedRelease = item.versionedOnly() ? node : node.path("versionedRelease");
    JsonNode compiled;
    if (compiledRelease.isObject()) {
      compiled = compiledRelease;
    } else if (versionedRelease.isObject()) {
      compiled = OcdsMerge.latest(versionedRelease);
    } else if (!releases.isEmpty()) {
      compiled = compile(releases);
    } else {
      compiled = null;
    }
    String ocid = text(node.get("ocid"));
    if (ocid == null && compiled != null) {
      ocid = text(compiled.get("ocid"));
    }
    if (ocid == null && !releases.isEmpty()) {
      ocid = releases.get(0).ocid();
    }
    Locator locator = new Locator("record:" + recordNumber + (ocid == null ? "" : ":" + ocid));
    if (ocid == null) {
      steps.add(new Rejected(recordNumber, locator, "ocid", "the record has no 'ocid'", raw));
    } else if (compiled == null) {
      steps.add(
          new Rejected(
              recordNumber,
              locator,
              "compiledRelease",
              "the record has no compiledRelease, no versionedRelease and no release with data"
                  + " (its releases are only linked by url): nothing to import",
              raw));
    } else {
      steps.add(new RecordStep(recordNumber, locator, ocid, compiled, item.meta(), raw));
    }
  }

  /**
   * The compiled release of releases of one ocid. Releases tagged {@code compiled} are already
   * compiled records: they are merged only when the ocid has no other release.
   */
  private ObjectNode compile(List<Release> releases) {
    List<ObjectNode> plain = new ArrayList<>();
    for (Release release : releases) {
      boolean compiled = false;
      for (JsonNode tag : list(release.node().get("tag"))) {
        compiled |= "compiled".equals(text(tag));
      }
      if (!compiled) {
        plain.add(release.node());
      }
    }
    if (plain.isEmpty()) {
      releases.forEach(release -> plain.add(release.node()));
    }
    Release last = releases.get(releases.size() - 1);
    String version = last.meta().version();
    if (version == null) {
      boolean hasParties = plain.stream().anyMatch(release -> release.has("parties"));
      version = hasParties ? "1.1" : "1.0";
    }
    String ocid = last.ocid();
    return OcdsMerge.compile(
        plain, OcdsMerge.Rules.of(version), warning -> warnings.add(ocid + ": " + warning));
  }
}
