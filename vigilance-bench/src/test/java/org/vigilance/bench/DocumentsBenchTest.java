package org.vigilance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.app.Wiring;
import picocli.CommandLine;

/** {@code bench documents} runs end to end on a tiny corpus and reports what it measured. */
class DocumentsBenchTest {
  @TempDir Path dir;

  @Test
  void times_the_reader_the_ingest_and_pdftotext_on_the_same_pages() throws IOException {
    assumeTrue(pdftotextRuns(), "pdftotext (poppler-utils) is not installed");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Wiring wiring =
          Wiring.of(Map.of(), o, e, new ByteArrayInputStream(new byte[0]), Clock.systemUTC());
      CommandLine cli = wiring.commandLine();
      cli.addSubcommand(new BenchCommand(wiring.environment()));
      exit =
          cli.execute(
              "bench",
              "documents",
              "--files",
              "4",
              "--pages",
              "3",
              "--threads",
              "2",
              "--corpus",
              Files.createDirectories(dir.resolve("no-corpus")).toString(),
              "--dir",
              dir.resolve("scratch").toString(),
              "-q");
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(printed)
        .contains("pdftotext, a process per file, one at a time:")
        .contains("pdftotext, 2 processes at once:")
        .contains("vigilance ingest (whole), 2 files at once:")
        .contains("pages: 12;");
    Matcher ratio =
        Pattern.compile("ratio ingest / pdftotext \\(one at a time\\): +([0-9.]+)")
            .matcher(printed);
    assertThat(ratio.find()).as(printed).isTrue();
    assertThat(Double.parseDouble(ratio.group(1))).isPositive();
    // the ingest's workspace holds the pages it counted
    assertThat(dir.resolve("scratch").resolve("workspace").resolve("vigilance.db")).exists();
  }

  private static boolean pdftotextRuns() {
    try {
      Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
