package org.vigilance.ingest.documents;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityDraft;

class CorpusDumpTest {
  @Test
  void dump() throws Exception {
    assumeTrue(Files.isDirectory(Documents.CORPUS));
    List<Path> files;
    try (Stream<Path> s = Files.walk(Documents.CORPUS)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    StringBuilder out = new StringBuilder();
    DocumentOptions options = DocumentOptions.defaults();
    for (Path f : files) {
      long t0 = System.nanoTime();
      Documents.Read r = Documents.read(f, options);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      out.append("== ")
          .append(Documents.CORPUS.relativize(f))
          .append(" ")
          .append(ms)
          .append("ms\n");
      for (EntityDraft d : r.drafts()) {
        if (d.schema().equals("Page")) {
          out.append("   page ")
              .append(Documents.value(d, "index"))
              .append(" lang=")
              .append(Documents.value(d, "detectedLanguage"))
              .append(" spans=")
              .append(d.properties().getOrDefault("maskedSpans", List.of()).size())
              .append(" text=")
              .append(snip(Documents.value(d, "bodyText")))
              .append('\n');
        } else {
          out.append(" ")
              .append(d.schema())
              .append(" ")
              .append(Documents.value(d, "filePath"))
              .append(" mime=")
              .append(Documents.value(d, "mimeType"))
              .append(" status=")
              .append(Documents.value(d, "processingStatus"))
              .append(" err=")
              .append(Documents.value(d, "processingError"))
              .append(" title=")
              .append(Documents.value(d, "title"))
              .append(" lang=")
              .append(Documents.value(d, "detectedLanguage"))
              .append(" pages=")
              .append(Documents.value(d, "pageCount"))
              .append(" spans=")
              .append(d.properties().getOrDefault("maskedSpans", List.of()).size())
              .append(" text=")
              .append(snip(Documents.value(d, "bodyText")))
              .append('\n');
        }
      }
    }
    Files.writeString(Path.of("/tmp/docs-corpus.txt"), out);
  }

  private static String snip(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > 100 ? t.substring(0, 100) + "…(" + s.length() + ")" : t;
  }
}
