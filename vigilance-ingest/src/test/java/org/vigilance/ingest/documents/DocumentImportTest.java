package org.vigilance.ingest.documents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.ingest.ImportOutcome;
import org.vigilance.core.ingest.ImportRequest;
import org.vigilance.core.ingest.ImportSource;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.InMemoryWorkspace;

/** The reader under the import use case, as {@code vigilance ingest} runs it. */
class DocumentImportTest {
  @TempDir Path dir;

  private static byte[] targz(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(content.length);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void imports_a_tar_gz_holding_a_zip_holding_a_pdf_without_rejects() throws IOException {
    byte[] pdf = Pdfs.of("First page of the award notice.", "Second page, contact 415-555-2671.");
    byte[] input = targz("bundle/notice.zip", zip("notice.pdf", pdf));
    InMemoryWorkspace workspace =
        new InMemoryWorkspace(
            dir, Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC));
    DocumentRecordReader reader =
        new DocumentRecordReader(
            "bundle.tar.gz",
            "cases/bundle.tar.gz",
            DocumentOptions.defaults().withOcr(OcrMode.NEVER),
            workspace.blobs());
    ImportRequest request =
        new ImportRequest(
            "bundle.tar.gz",
            "documents",
            "application/gzip",
            CollectionName.of("test"),
            Sensitivity.PUBLIC,
            EvidenceGrade.E3,
            null,
            null,
            "test",
            ImportRequest.DEFAULT_BATCH_SIZE,
            dir.resolve("rejects"),
            batch -> {});

    ImportOutcome outcome =
        new ImportSource(
                workspace.blobs(),
                workspace.sources(),
                workspace.fragments(),
                FtmSchemaLoader.loadDefault(),
                Clock.systemUTC())
            .run(request, new ByteArrayInputStream(input), reader, ProgressListener.NONE);

    assertThat(outcome.hasRejects()).isFalse();
    // gzip, tar, zip, pdf and its two pages
    assertThat(outcome.totals().fragments()).isEqualTo(6);
    String top = "document:" + ContentHash.of(input).hex();
    List<Fragment> fragments = workspace.fragments().fragmentsOf(EntityId.of(top));
    assertThat(fragments).hasSize(1);
    assertThat(fragments.get(0).locator().value()).isEqualTo("part:1:bundle.tar.gz");
    assertThat(workspace.blobs().contains(ContentHash.of(pdf))).isTrue();
    assertThat(reader.locate(6).value())
        .isEqualTo("part:6:bundle.tar.gz!/bundle.tar!/bundle/notice.zip!/notice.pdf#page=2");
    assertThat(new String(workspace.memoryBlobs().open(ContentHash.of(pdf)).readAllBytes(), UTF_8))
        .startsWith("%PDF");
  }
}
