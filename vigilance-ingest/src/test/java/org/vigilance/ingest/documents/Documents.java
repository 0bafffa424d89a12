package org.vigilance.ingest.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.testing.InMemoryBlobStore;
import org.vigilance.testing.RecordingSink;

/** Reads files with the document reader, for tests. */
final class Documents {
  /** The shared document corpus, seen from the module folder. */
  static final Path CORPUS = Path.of("../../shared/data/documents");

  private Documents() {}

  /** What one file gave. */
  record Read(DocumentRecordReader reader, RecordingSink sink, InMemoryBlobStore blobs) {
    /** The file's own document (the first record). */
    EntityDraft top() {
      return sink.drafts().get(0);
    }

    List<EntityDraft> drafts() {
      return sink.drafts();
    }

    List<EntityDraft> pages() {
      return sink.drafts("Page");
    }
  }

  static Read read(Path file, DocumentOptions options) throws IOException {
    InMemoryBlobStore blobs = new InMemoryBlobStore();
    DocumentRecordReader reader =
        new DocumentRecordReader(file.getFileName().toString(), file.toString(), options, blobs);
    RecordingSink sink = new RecordingSink(reader);
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(in, sink);
    }
    return new Read(reader, sink, blobs);
  }

  static Read read(String name, byte[] bytes, DocumentOptions options) throws IOException {
    InMemoryBlobStore blobs = new InMemoryBlobStore();
    DocumentRecordReader reader = new DocumentRecordReader(name, name, options, blobs);
    RecordingSink sink = new RecordingSink(reader);
    reader.read(new java.io.ByteArrayInputStream(bytes), sink);
    return new Read(reader, sink, blobs);
  }

  /** The one value of a property, or "" when it has none. */
  static String value(EntityDraft draft, String property) {
    List<String> values = draft.properties().getOrDefault(property, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  /** The text of a document: its bodyText, or its pages' texts joined. */
  static String text(Read read, EntityDraft document) {
    if (document.schema().equals("Pages")) {
      StringBuilder all = new StringBuilder();
      for (EntityDraft page : read.pages()) {
        if (value(page, "document").equals(document.id().value())) {
          all.append(value(page, "bodyText")).append('\n');
        }
      }
      return all.toString();
    }
    return value(document, "bodyText");
  }
}
