package org.vigilance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.app.bench.FtmGenerator;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.workspace.VerificationReport;
import org.vigilance.core.workspace.VerifyWorkspace;
import org.vigilance.store.sqlite.SqliteWorkspace;

/**
 * A child JVM imports a large generated file and is killed with SIGKILL at random moments. After
 * each kill the workspace verifies, holds exactly the batches that were committed (none partially),
 * and the last batch the child reported as committed is there. Finally the import is re-run to
 * completion and holds every entity exactly once. Kills: {@code -Dcrash.kills=N} (default 20; the
 * nightly profile runs more).
 */
class CrashSafetyIT {
  private static final Pattern COMMITTED =
      Pattern.compile("committed batch (\\d+) records (\\d+)-(\\d+).*");
  private static final int ENTITIES = 200_000;
  private static final int BATCH = 2_000;

  @TempDir Path dir;

  private static Path jar() {
    Path jar = Path.of("target", "vigilance.jar");
    assertThat(jar).as("the packaged application (built in the package phase)").exists();
    return jar;
  }

  private Process start(Path workspace, Path file) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-jar",
            jar().toString(),
            "--workspace",
            workspace.toString(),
            "--quiet",
            "import",
            "ftm",
            file.toString(),
            "--batch-size",
            String.valueOf(BATCH),
            "--report-batches")
        .redirectErrorStream(true)
        .start();
  }

  @Test
  void a_killed_import_keeps_whole_batches_only_and_resumes_without_duplicates() throws Exception {
    int kills = Integer.getInteger("crash.kills", 20);
    long seed = Long.getLong("crash.seed", System.nanoTime());
    Random random = new Random(seed);
    Path file = dir.resolve("big.ftm.jsonl");
    new FtmGenerator(7).write(file, ENTITIES);
    int round = 0;
    Path workspace = dir.resolve("ws-" + round);

    int killed = 0;
    for (int attempt = 0; attempt < kills * 3 && killed < kills; attempt++) {
      Process child = start(workspace, file);
      AtomicLong lastReported = new AtomicLong(0);
      List<String> output = new ArrayList<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = COMMITTED.matcher(line);
                    if (m.matches()) {
                      lastReported.set(Long.parseLong(m.group(1)));
                    } else {
                      synchronized (output) {
                        output.add(line);
                      }
                    }
                  }
                } catch (IOException e) {
                  // the child died: that is the point
                }
              });
      reader.start();
      Thread.sleep(300 + random.nextInt(1_700));
      boolean wasAlive = child.isAlive();
      child.destroyForcibly(); // SIGKILL on Unix
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      if (wasAlive) {
        killed++;
      } else {
        synchronized (output) {
          assertThat(child.exitValue()).as("child failed; seed " + seed + ": " + output).isZero();
        }
        // the import completed before the kill: check it, then start over in a new workspace
        checkComplete(workspace);
        workspace = dir.resolve("ws-" + ++round);
        continue;
      }
      long stored =
          checkWholeBatches(workspace, lastReported.get(), "seed " + seed + ", kill " + killed);
      System.out.printf(
          "kill %d: child reported %d batches committed, store holds %d%n",
          killed, lastReported.get(), stored);
    }
    assertThat(killed).as("kills done (seed " + seed + ")").isEqualTo(kills);

    Process finish = start(workspace, file);
    byte[] out = finish.getInputStream().readAllBytes();
    assertThat(finish.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(finish.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
    checkWholeBatches(workspace, 0, "after completion");
    checkComplete(workspace);
  }

  private static void checkComplete(Path workspace) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve("vigilance.db"));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT locator), COUNT(DISTINCT entity_id) FROM fragments")) {
      rs.next();
      assertThat(rs.getLong(1)).as("fragments").isEqualTo(ENTITIES);
      assertThat(rs.getLong(2)).as("distinct lines").isEqualTo(ENTITIES);
      assertThat(rs.getLong(3)).as("distinct entities").isEqualTo(ENTITIES);
    }
  }

  private static long checkWholeBatches(Path workspace, long lastReported, String context)
      throws IOException {
    if (!Files.exists(workspace.resolve("vigilance.db"))) {
      return 0; // killed before the workspace existed
    }
    try (SqliteWorkspace ws = SqliteWorkspace.open(workspace, false, Clock.systemUTC())) {
      VerificationReport report = new VerifyWorkspace(ws).run(ProgressListener.NONE);
      assertThat(report.problems()).as(context).isEmpty();
      List<BatchInfo> batches = new ArrayList<>();
      ws.fragments().forEachBatch(batches::add);
      long expectedFirst = 1;
      long fragments = 0;
      for (int i = 0; i < batches.size(); i++) {
        BatchInfo batch = batches.get(i);
        assertThat(batch.sequence()).as(context).isEqualTo(i + 1L);
        assertThat(batch.firstRecord()).as(context).isEqualTo(expectedFirst);
        boolean last = i == batches.size() - 1;
        if (!last) {
          assertThat(batch.fragments())
              .as(context + ": only the final batch may be short")
              .isEqualTo(BATCH);
        }
        expectedFirst = batch.lastRecord() + 1;
        fragments += batch.fragments();
      }
      assertThat(ws.fragments().counts().fragments()).as(context).isEqualTo(fragments);
      assertThat((long) batches.size())
          .as(context + ": every batch reported committed is stored")
          .isGreaterThanOrEqualTo(lastReported);
      return batches.size();
    }
  }
}
