package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.judgement.Verdict;
import org.vigilance.core.workspace.VerifyWorkspace;

class JudgementVerificationTest {
  @Test
  void verify_names_a_judgement_altered_behind_the_journals_back() throws IOException {
    InMemoryWorkspace ws = new InMemoryWorkspace(Path.of("target", "rejects"), Clock.systemUTC());
    ws.judgements().record(EntityId.of("a"), EntityId.of("b"), Verdict.SAME, "t", 0.99, "same UEI");
    assertThat(new VerifyWorkspace(ws).run(ProgressListener.NONE).problems()).isEmpty();

    ws.tamperJudgement(1, "changed afterwards");
    assertThat(new VerifyWorkspace(ws).run(ProgressListener.NONE).problems())
        .singleElement()
        .asString()
        .contains("judgement 1 was altered");
  }
}
