package org.vigilance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.workspace.Workspace;

/** The contract of the source catalogue; extend it once per adapter. */
public abstract class SourceCatalogContract {
  private Workspace workspace;

  /** A fresh, empty workspace. */
  protected abstract Workspace newWorkspace() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    workspace = newWorkspace();
  }

  @AfterEach
  void tearDown() {
    workspace.close();
  }

  @Test
  void a_registered_source_comes_back_unchanged() {
    Source source = Fixtures.registerSource(workspace, "a.json", "a");
    assertThat(workspace.sources().find(source.id())).contains(source);
    assertThat(workspace.sources().list()).containsExactly(source);
  }

  @Test
  void registering_twice_records_once() {
    Source source = Fixtures.registerSource(workspace, "a.json", "a");
    long journal = workspace.journal().size();
    assertThat(workspace.sources().register(source)).isFalse();
    assertThat(workspace.journal().size()).isEqualTo(journal);
  }

  @Test
  void collections_are_created_once_and_journalled() {
    workspace.sources().ensureCollection(CollectionName.of("case-1"));
    workspace.sources().ensureCollection(CollectionName.of("case-1"));
    assertThat(workspace.sources().collections()).containsExactly(CollectionName.of("case-1"));
    assertThat(workspace.journal().size()).isEqualTo(1);
    assertThat(workspace.journal().head().orElseThrow().record().kind())
        .isEqualTo("collection.created");
  }

  @Test
  void completion_is_recorded_once() {
    Source source = Fixtures.registerSource(workspace, "a.json", "a");
    assertThat(workspace.sources().completion(source.id())).isEmpty();
    workspace.sources().markComplete(source.id(), new ImportTotals(3, 2, 1));
    workspace.sources().markComplete(source.id(), new ImportTotals(9, 9, 0));
    assertThat(workspace.sources().completion(source.id())).contains(new ImportTotals(3, 2, 1));
  }
}
