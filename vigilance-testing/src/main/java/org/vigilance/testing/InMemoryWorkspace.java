package org.vigilance.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.FragmentCounts;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.Reject;
import org.vigilance.core.evidence.BlobStore;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.ImportTotals;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.journal.Journal;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.journal.JournalRecord;
import org.vigilance.core.judgement.Judgement;
import org.vigilance.core.judgement.JudgementStore;
import org.vigilance.core.judgement.Verdict;
import org.vigilance.core.workspace.JournalRecords;
import org.vigilance.core.workspace.Workspace;

/**
 * A workspace in memory: the reference implementation of the store ports, used to run the contract
 * tests a second time and as a fast fake in unit tests. Thread-safe: every method holds the lock.
 */
public final class InMemoryWorkspace implements Workspace {
  private final Path root;
  private final Clock clock;
  private final InMemoryBlobStore blobs = new InMemoryBlobStore();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final Map<CollectionName, Boolean> collections = new TreeMap<>();
  private final Map<SourceId, Source> sources = new LinkedHashMap<>();
  private final Map<SourceId, ImportTotals> completions = new HashMap<>();
  private final List<StoredBatch> batches = new ArrayList<>();
  private final List<Judgement> judgementRecords = new ArrayList<>();

  private record StoredBatch(FragmentBatch batch, BatchInfo info) {}

  /** An empty workspace; {@code root} is only where rejects files go. */
  public InMemoryWorkspace(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  private synchronized JournalEntry append(JournalRecord record) {
    JournalEntry previous = journal.isEmpty() ? null : journal.get(journal.size() - 1);
    JournalEntry entry = JournalEntry.seal(previous, record, clock.instant());
    journal.add(entry);
    return entry;
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public BlobStore blobs() {
    return blobs;
  }

  /** The blob store, with its tampering hook. */
  public InMemoryBlobStore memoryBlobs() {
    return blobs;
  }

  @Override
  public SourceCatalog sources() {
    return catalog;
  }

  @Override
  public FragmentStore fragments() {
    return fragments;
  }

  @Override
  public Journal journal() {
    return journalPort;
  }

  @Override
  public JudgementStore judgements() {
    return judgementPort;
  }

  @Override
  public void close() {}

  private final JudgementStore judgementPort =
      new JudgementStore() {
        @Override
        public Judgement record(
            EntityId a,
            EntityId b,
            Verdict verdict,
            String by,
            @Nullable Double score,
            String reason) {
          if (verdict == Verdict.WITHDRAWN) {
            throw new IllegalArgumentException("use withdraw to take a judgement back");
          }
          if (a.equals(b)) {
            throw new IllegalArgumentException("a judgement joins two different entities");
          }
          synchronized (InMemoryWorkspace.this) {
            return add(
                a.compareTo(b) < 0 ? a : b,
                a.compareTo(b) < 0 ? b : a,
                verdict,
                by,
                score,
                reason,
                0);
          }
        }

        @Override
        public Judgement withdraw(long id, String by, String reason) {
          synchronized (InMemoryWorkspace.this) {
            if (id < 1 || id > judgementRecords.size()) {
              throw new IllegalArgumentException("no judgement " + id);
            }
            Judgement target = judgementRecords.get((int) id - 1);
            if (target.verdict() == Verdict.WITHDRAWN) {
              throw new IllegalArgumentException("judgement " + id + " is itself a withdrawal");
            }
            List<Judgement> history = history(target.left(), target.right());
            if (history.get(history.size() - 1).id() != id) {
              throw new IllegalArgumentException(
                  "judgement " + id + " is no longer the current judgement of its pair");
            }
            return add(
                target.left(), target.right(), Verdict.WITHDRAWN, by, target.score(), reason, id);
          }
        }

        private Judgement add(
            EntityId left,
            EntityId right,
            Verdict verdict,
            String by,
            @Nullable Double score,
            String reason,
            long withdraws) {
          long id = judgementRecords.size() + 1L;
          String oneBy = Judgement.oneLine(by);
          String oneReason = Judgement.oneLine(reason);
          JournalEntry entry =
              append(
                  Judgement.journalRecord(
                      id, left, right, verdict, oneBy, score, oneReason, withdraws));
          Judgement j =
              new Judgement(
                  id,
                  left,
                  right,
                  verdict,
                  oneBy,
                  entry.at(),
                  score,
                  oneReason,
                  withdraws,
                  entry.seq());
          judgementRecords.add(j);
          return j;
        }

        @Override
        public List<Judgement> list() {
          synchronized (InMemoryWorkspace.this) {
            return List.copyOf(judgementRecords);
          }
        }
      };

  /** Replaces a stored judgement behind the journal's back (to test that verify sees it). */
  public synchronized void tamperJudgement(long id, String reason) {
    Judgement j = judgementRecords.get((int) id - 1);
    judgementRecords.set(
        (int) id - 1,
        new Judgement(
            j.id(),
            j.left(),
            j.right(),
            j.verdict(),
            j.by(),
            j.at(),
            j.score(),
            reason,
            j.withdraws(),
            j.journalSeq()));
  }

  private final Journal journalPort =
      new Journal() {
        @Override
        public JournalEntry append(JournalRecord record) {
          return InMemoryWorkspace.this.append(record);
        }

        @Override
        public Optional<JournalEntry> head() {
          synchronized (InMemoryWorkspace.this) {
            return journal.isEmpty()
                ? Optional.empty()
                : Optional.of(journal.get(journal.size() - 1));
          }
        }

        @Override
        public long size() {
          synchronized (InMemoryWorkspace.this) {
            return journal.size();
          }
        }

        @Override
        public void forEach(Consumer<JournalEntry> visitor) {
          List<JournalEntry> copy;
          synchronized (InMemoryWorkspace.this) {
            copy = List.copyOf(journal);
          }
          copy.forEach(visitor);
        }

        @Override
        public List<JournalEntry> range(long from, int limit) {
          synchronized (InMemoryWorkspace.this) {
            return journal.stream().filter(e -> e.seq() >= from).limit(limit).toList();
          }
        }
      };

  private final SourceCatalog catalog =
      new SourceCatalog() {
        @Override
        public void ensureCollection(CollectionName name) {
          synchronized (InMemoryWorkspace.this) {
            if (collections.putIfAbsent(name, Boolean.TRUE) == null) {
              append(JournalRecords.collectionCreated(name));
            }
          }
        }

        @Override
        public List<CollectionName> collections() {
          synchronized (InMemoryWorkspace.this) {
            return List.copyOf(collections.keySet());
          }
        }

        @Override
        public boolean register(Source source) {
          synchronized (InMemoryWorkspace.this) {
            if (sources.containsKey(source.id())) {
              return false;
            }
            if (!collections.containsKey(source.collection())) {
              throw new IllegalStateException(
                  "collection " + source.collection() + " does not exist");
            }
            append(JournalRecords.sourceRegistered(source));
            sources.put(source.id(), source);
            return true;
          }
        }

        @Override
        public Optional<Source> find(SourceId id) {
          synchronized (InMemoryWorkspace.this) {
            return Optional.ofNullable(sources.get(id));
          }
        }

        @Override
        public List<Source> list() {
          synchronized (InMemoryWorkspace.this) {
            return List.copyOf(sources.values());
          }
        }

        @Override
        public void markComplete(SourceId id, ImportTotals totals) {
          synchronized (InMemoryWorkspace.this) {
            if (!completions.containsKey(id)) {
              append(JournalRecords.importCompleted(id, totals));
              completions.put(id, totals);
            }
          }
        }

        @Override
        public Optional<ImportTotals> completion(SourceId id) {
          synchronized (InMemoryWorkspace.this) {
            return Optional.ofNullable(completions.get(id));
          }
        }
      };

  private final FragmentStore fragments =
      new FragmentStore() {
        @Override
        public Optional<BatchInfo> commit(Staged staged) {
          FragmentBatch batch = staged.batch();
          synchronized (InMemoryWorkspace.this) {
            long last = 0;
            for (StoredBatch stored : batches) {
              if (stored.info().source().equals(batch.source())) {
                if (stored.info().sequence() == batch.sequence()) {
                  return Optional.empty();
                }
                last = Math.max(last, stored.info().sequence());
              }
            }
            if (!sources.containsKey(batch.source())) {
              throw new IllegalStateException("source " + batch.source() + " is not registered");
            }
            if (batch.sequence() != last + 1) {
              throw new IllegalArgumentException(
                  "batch " + batch.sequence() + " of " + batch.source() + " is out of order");
            }
            JournalEntry entry = InMemoryWorkspace.this.append(batch.journalRecord());
            BatchInfo info =
                new BatchInfo(
                    batch.source(),
                    batch.sequence(),
                    batch.firstRecord(),
                    batch.lastRecord(),
                    batch.fragments().size(),
                    batch.rejects().size(),
                    entry.seq());
            batches.add(new StoredBatch(batch, info));
            return Optional.of(info);
          }
        }

        @Override
        public List<Fragment> fragmentsOf(EntityId id) {
          synchronized (InMemoryWorkspace.this) {
            List<Fragment> result = new ArrayList<>();
            for (StoredBatch stored : batches) {
              for (Fragment f : stored.batch().fragments()) {
                if (f.entityId().equals(id)) {
                  result.add(f);
                }
              }
            }
            return result;
          }
        }

        @Override
        public void forEachEntity(BiConsumer<EntityId, List<Fragment>> visitor) {
          TreeMap<EntityId, List<Fragment>> grouped = new TreeMap<>();
          synchronized (InMemoryWorkspace.this) {
            for (StoredBatch stored : batches) {
              for (Fragment f : stored.batch().fragments()) {
                grouped.computeIfAbsent(f.entityId(), k -> new ArrayList<>()).add(f);
              }
            }
          }
          grouped.forEach(visitor);
        }

        @Override
        public Optional<BatchInfo> lastBatch(SourceId source) {
          synchronized (InMemoryWorkspace.this) {
            @Nullable BatchInfo last = null;
            for (StoredBatch stored : batches) {
              if (stored.info().source().equals(source)) {
                last = stored.info();
              }
            }
            return Optional.ofNullable(last);
          }
        }

        @Override
        public void forEachBatch(Consumer<BatchInfo> visitor) {
          List<BatchInfo> infos;
          synchronized (InMemoryWorkspace.this) {
            infos = batches.stream().map(StoredBatch::info).toList();
          }
          infos.forEach(visitor);
        }

        @Override
        public List<Fragment> fragmentsOfBatch(SourceId source, long sequence) {
          return find(source, sequence).map(FragmentBatch::fragments).orElse(List.of());
        }

        @Override
        public List<Reject> rejectsOfBatch(SourceId source, long sequence) {
          return find(source, sequence).map(FragmentBatch::rejects).orElse(List.of());
        }

        private Optional<FragmentBatch> find(SourceId source, long sequence) {
          synchronized (InMemoryWorkspace.this) {
            return batches.stream()
                .filter(b -> b.info().source().equals(source) && b.info().sequence() == sequence)
                .map(StoredBatch::batch)
                .findFirst();
          }
        }

        @Override
        public List<Reject> rejectsOf(SourceId source) {
          synchronized (InMemoryWorkspace.this) {
            List<Reject> result = new ArrayList<>();
            for (StoredBatch stored : batches) {
              if (stored.info().source().equals(source)) {
                result.addAll(stored.batch().rejects());
              }
            }
            return result;
          }
        }

        @Override
        public FragmentCounts counts() {
          synchronized (InMemoryWorkspace.this) {
            Set<EntityId> entities = new HashSet<>();
            Map<String, Set<EntityId>> bySchema = new HashMap<>();
            Map<SourceId, Long> bySource = new HashMap<>();
            Map<SourceId, Long> rejects = new HashMap<>();
            long count = 0;
            for (StoredBatch stored : batches) {
              for (Fragment f : stored.batch().fragments()) {
                entities.add(f.entityId());
                bySchema.computeIfAbsent(f.schema(), k -> new TreeSet<>()).add(f.entityId());
                count++;
              }
              bySource.merge(stored.info().source(), (long) stored.info().fragments(), Long::sum);
              rejects.merge(stored.info().source(), (long) stored.info().rejects(), Long::sum);
            }
            Map<String, Long> schemaCounts = new HashMap<>();
            bySchema.forEach((schema, ids) -> schemaCounts.put(schema, (long) ids.size()));
            return new FragmentCounts(entities.size(), count, schemaCounts, bySource, rejects);
          }
        }
      };
}
