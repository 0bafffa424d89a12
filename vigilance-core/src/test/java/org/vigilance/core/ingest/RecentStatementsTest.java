package org.vigilance.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.EntityId;

class RecentStatementsTest {
  private static EntityDraft draft(String id, String name) {
    return new EntityDraft(EntityId.of(id), "Company", Map.of("name", List.of(name)));
  }

  @Test
  void aStatementRememberedIsKnownAgainEvenAsAnotherObject() {
    RecentStatements recent = new RecentStatements(16);
    recent.remember(draft("co-1", "ACME"));
    assertThat(recent.contains(draft("co-1", "ACME"))).isTrue();
  }

  @Test
  void otherValuesOfTheSameEntityAreNotARepeatAndReplaceTheOldOnes() {
    RecentStatements recent = new RecentStatements(16);
    recent.remember(draft("co-1", "ACME"));
    assertThat(recent.contains(draft("co-1", "ACME Inc"))).isFalse();
    recent.remember(draft("co-1", "ACME Inc"));
    assertThat(recent.contains(draft("co-1", "ACME"))).isFalse();
    assertThat(recent.contains(draft("co-1", "ACME Inc"))).isTrue();
  }

  @Test
  void anEntityNeverSeenIsNotARepeat() {
    RecentStatements recent = new RecentStatements(16);
    recent.remember(draft("co-1", "ACME"));
    assertThat(recent.contains(draft("co-2", "ACME"))).isFalse();
  }

  @Test
  void oneSetKeepsTheTwoLatestEntities() {
    RecentStatements recent = new RecentStatements(2);
    recent.remember(draft("co-1", "ACME"));
    recent.remember(draft("co-2", "Globex"));
    assertThat(recent.contains(draft("co-1", "ACME"))).isTrue();
    assertThat(recent.contains(draft("co-2", "Globex"))).isTrue();
    recent.remember(draft("co-3", "Initech")); // takes the older slot, co-1's
    assertThat(recent.contains(draft("co-1", "ACME"))).isFalse();
    assertThat(recent.contains(draft("co-2", "Globex"))).isTrue();
    assertThat(recent.contains(draft("co-3", "Initech"))).isTrue();
  }

  @Test
  void newValuesOfAnEntityReplaceItsOwnSlotNotTheOtherEntity() {
    RecentStatements recent = new RecentStatements(2);
    recent.remember(draft("co-1", "ACME"));
    recent.remember(draft("co-2", "Globex"));
    recent.remember(draft("co-1", "ACME Inc")); // co-1 again: its own slot
    assertThat(recent.contains(draft("co-2", "Globex"))).isTrue();
    assertThat(recent.contains(draft("co-1", "ACME Inc"))).isTrue();
    recent.remember(draft("co-3", "Initech")); // co-2 is now the older one
    assertThat(recent.contains(draft("co-2", "Globex"))).isFalse();
    assertThat(recent.contains(draft("co-1", "ACME Inc"))).isTrue();
  }

  @Test
  void manyEntitiesInManySlotsAreMostlyRemembered() {
    RecentStatements recent = new RecentStatements(8192);
    for (int i = 0; i < 1000; i++) {
      recent.remember(draft("co-" + i, "name " + i));
    }
    int known = 0;
    for (int i = 0; i < 1000; i++) {
      known += recent.contains(draft("co-" + i, "name " + i)) ? 1 : 0;
    }
    // a thousand ids in 4,096 sets of two: three in one set are rare
    assertThat(known).isBetween(990, 1000);
  }
}
