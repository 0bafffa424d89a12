package org.vigilance.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.vigilance.core.diligence.CaseGraph;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Model;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.judgement.Components;
import org.vigilance.core.redflag.VendorCase;
import org.vigilance.ingest.ftm.FtmRecordReader;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.InMemoryWorkspace;

/**
 * A small case for rule tests: sources of FtM JSON Lines, each with its grade, imported into an
 * in-memory workspace with the real schema model, and the case graph over them.
 *
 * <p>The base case ({@link #BASE_RECORDS}, {@link #BASE_REPORT}): a vendor and its government
 * subsidiary; a department, an agency and three units below it (investigations, removals, an
 * awarding office); one contract awarded by the office to the subsidiary, not competed, modified in
 * September 2019; a product of the vendor able to identify people, deployed at investigations under
 * the contract; a raid in August 2019 and an impact on family life documented at the agency, naming
 * the product, contribute, severity 5/3/5, reported by an NGO.
 */
final class FlagCase {
  /** The official records (E1). */
  static final String BASE_RECORDS =
      """
      {"id":"co:acme","schema":"Company","properties":{"name":["Acme Analytics Inc."]}}
      {"id":"co:acme-gov","schema":"Company","properties":{"name":["Acme Government LLC"]}}
      {"id":"own:1","schema":"Ownership","properties":{"owner":["co:acme"],"asset":["co:acme-gov"]}}
      {"id":"pb:dept","schema":"PublicBody","properties":{"name":["Department of Borders"]}}
      {"id":"pb:agency","schema":"PublicBody","properties":{"name":["Enforcement Agency"]}}
      {"id":"pb:inv","schema":"PublicBody","properties":{"name":["Investigations Unit"]}}
      {"id":"pb:rem","schema":"PublicBody","properties":{"name":["Removals Unit"]}}
      {"id":"pb:office","schema":"PublicBody","properties":{"name":["Mission Support Office"]}}
      {"id":"m:agency","schema":"Membership","properties":{"member":["pb:agency"],"organization":["pb:dept"]}}
      {"id":"m:inv","schema":"Membership","properties":{"member":["pb:inv"],"organization":["pb:agency"]}}
      {"id":"m:rem","schema":"Membership","properties":{"member":["pb:rem"],"organization":["pb:agency"]}}
      {"id":"m:office","schema":"Membership","properties":{"member":["pb:office"],"organization":["pb:agency"]}}
      {"id":"c:1","schema":"Contract","properties":{"name":["C-1"],"title":["Case management system"],"authority":["pb:office"],"contractDate":["2014-09-01"],"method":["NOT COMPETED"]}}
      {"id":"aw:1","schema":"ContractAward","properties":{"supplier":["co:acme-gov"],"contract":["c:1"],"startDate":["2014-09-01"]}}
      {"id":"tx:1","schema":"ContractTransaction","properties":{"contract":["c:1"],"modificationNumber":["P00005"],"actionType":["SUPPLEMENTAL AGREEMENT FOR WORK WITHIN SCOPE"],"date":["2019-09-15"]}}
      {"id":"doc:record","schema":"Document","properties":{"title":["Agency privacy impact assessment"]}}
      """;

  /** A credible third party's report (E3): the base case. */
  static final String BASE_REPORT =
      report(
          List.of("identify-persons", "case-management"), "pb:inv", "pb:agency", true, "2019-08");

  /**
   * A report (E3) that varies the base case.
   *
   * @param capabilities the product's capabilities
   * @param deployedAt the unit the product is deployed at (under contract C-1)
   * @param impactAt the unit the impact is documented at
   * @param namesProduct whether the impact names the product
   * @param eventDate the date of the event (the impact has none of its own)
   */
  static String report(
      List<String> capabilities,
      String deployedAt,
      String impactAt,
      boolean namesProduct,
      String eventDate) {
    String caps = String.join(",", capabilities.stream().map(c -> "\"" + c + "\"").toList());
    return """
        {"id":"org:ngo","schema":"Organization","properties":{"name":["Rights Watchers"]}}
        {"id":"doc:report","schema":"Document","properties":{"title":["Report on the raids"]}}
        {"id":"p:cms","schema":"Product","properties":{"name":["CaseSys"],"vendor":["co:acme"],"capabilities":[%s]}}
        {"id":"dep:1","schema":"Deployment","properties":{"product":["p:cms"],"unit":["%s"],"contract":["c:1"]}}
        {"id":"ev:raid","schema":"Event","properties":{"name":["Workplace raids"],"date":["%s"]}}
        {"id":"im:1","schema":"Impact","properties":{"right":["family life"],"event":["ev:raid"],"unit":["%s"],%s"involvement":["contribute"],"severityScale":["5"],"severityScope":["3"],"severityIrremediability":["5"],"evidence":["doc:report"]}}
        """
        .formatted(
            caps, deployedAt, eventDate, impactAt, namesProduct ? "\"product\":[\"p:cms\"]," : "");
  }

  private final InMemoryWorkspace ws;
  private final Model model = FtmSchemaLoader.loadDefault();
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  FlagCase(Path dir) {
    this.ws = new InMemoryWorkspace(dir, clock);
  }

  /** The base case. */
  static FlagCase base(Path dir) throws IOException {
    return new FlagCase(dir)
        .add("records.ftm.jsonl", EvidenceGrade.E1, BASE_RECORDS)
        .add("report.ftm.jsonl", EvidenceGrade.E3, BASE_REPORT);
  }

  /** Imports one source. */
  FlagCase add(String name, EvidenceGrade grade, String jsonl) throws IOException {
    ImportRequest request =
        new ImportRequest(
            name,
            "ftm",
            "application/x-ftm+json-lines",
            CollectionName.DEFAULT,
            Sensitivity.PUBLIC,
            grade,
            null,
            null,
            "tester",
            ImportRequest.DEFAULT_BATCH_SIZE,
            ws.rejectsDir(),
            batch -> {});
    ImportOutcome outcome =
        new ImportSource(ws.blobs(), ws.sources(), ws.fragments(), model, clock)
            .run(
                request,
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                new FtmRecordReader(),
                ProgressListener.NONE);
    if (outcome.addedRejects() > 0) {
      throw new IllegalStateException(name + ": " + outcome.addedRejects() + " rejected records");
    }
    return this;
  }

  CaseGraph graph() {
    return CaseGraph.load(
        ws.fragments(), ws.sources(), model, Components.of(ws.judgements().list()));
  }

  VendorCase vendor(String id, String today) {
    return VendorCase.of(graph(), EntityId.of(id), LocalDate.parse(today));
  }
}
