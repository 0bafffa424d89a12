package org.vigilance.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigilance.core.evidence.SourceId;

class FragmentBatchTest {
  private static final SourceId SOURCE = SourceId.of("src-0123456789abcdef01234567");
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private static EntityDraft draft(String id, String name) {
    return new EntityDraft(EntityId.of(id), "Company", Map.of("name", List.of(name)));
  }

  @Test
  void a_built_batch_has_the_digest_of_its_fragments_and_rejects() {
    FragmentBatch.Builder builder = new FragmentBatch.Builder(SOURCE, AT, "tester");
    builder.add(draft("a", "A \"quoted\" \u00e9"), Locator.line(1));
    Reject reject =
        new Reject(Locator.line(2), "schema", "unknown", "x".getBytes(StandardCharsets.UTF_8));
    builder.reject(reject);
    builder.add(draft("b", "B"), Locator.line(3));
    assertThat(builder.size()).isEqualTo(3);

    FragmentBatch built = builder.build(4, 1, 3);

    List<Fragment> fragments =
        List.of(
            new Fragment(draft("a", "A \"quoted\" \u00e9"), SOURCE, Locator.line(1), AT, "tester"),
            new Fragment(draft("b", "B"), SOURCE, Locator.line(3), AT, "tester"));
    FragmentBatch direct = new FragmentBatch(SOURCE, 4, 1, 3, fragments, List.of(reject));
    assertThat(built).isEqualTo(direct);
    assertThat(built.digest()).isEqualTo(direct.digest());
    assertThat(built.digest()).isEqualTo(FragmentBatch.digest(fragments, List.of(reject)));
    assertThat(built.fragments()).isEqualTo(fragments);
    assertThat(built.journalRecord()).isEqualTo(direct.journalRecord());
  }

  @Test
  void a_batch_of_rejects_only_has_the_digest_of_its_rejects() {
    FragmentBatch.Builder builder = new FragmentBatch.Builder(SOURCE, AT, "tester");
    Reject reject = new Reject(Locator.line(7), null, "not JSON", new byte[] {1, 2});
    builder.reject(reject);
    assertThat(builder.build(1, 7, 7).digest())
        .isEqualTo(FragmentBatch.digest(List.of(), List.of(reject)));
  }

  @Test
  void a_builder_builds_one_batch_only() {
    FragmentBatch.Builder builder = new FragmentBatch.Builder(SOURCE, AT, "tester");
    builder.add(draft("a", "A"), Locator.line(1));
    FragmentBatch batch = builder.build(1, 1, 1);
    assertThatThrownBy(() -> builder.add(draft("b", "B"), Locator.line(2)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.build(2, 2, 2)).isInstanceOf(IllegalStateException.class);
    assertThat(batch.fragments()).hasSize(1);
  }
}
