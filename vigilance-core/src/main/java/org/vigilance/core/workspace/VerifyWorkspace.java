package org.vigilance.core.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentBatch;
import org.vigilance.core.entity.Reject;
import org.vigilance.core.evidence.ContentHash;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.journal.JournalChain;
import org.vigilance.core.journal.JournalEntry;
import org.vigilance.core.journal.JournalRecord;
import org.vigilance.core.judgement.Judgement;

/**
 * Re-checks a workspace: the journal's hash chain, every committed batch against the digest its
 * journal entry recorded, every source against its journal entry, and every blob against its hash.
 * Names exactly what broke.
 */
public final class VerifyWorkspace {
  /** The journal kind of a registered source. */
  public static final String SOURCE_REGISTERED = "source.registered";

  private final Workspace workspace;

  /** A use case over the given workspace. */
  public VerifyWorkspace(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Runs every check. */
  public VerificationReport run(ProgressListener progress) throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    // 1. the chain, and the entries that other records must match
    JournalChain chain = new JournalChain();
    Map<Long, JournalEntry> batchEntries = new HashMap<>();
    Map<String, JournalEntry> sourceEntries = new HashMap<>();
    Map<Long, JournalEntry> judgementEntries = new HashMap<>();
    long totalEntries = workspace.journal().size();
    progress.start("verify journal", totalEntries, "entries");
    workspace
        .journal()
        .forEach(
            entry -> {
              chain.accept(entry);
              String kind = entry.record().kind();
              if (kind.equals(FragmentBatch.JOURNAL_KIND)) {
                batchEntries.put(entry.seq(), entry);
              } else if (kind.equals(SOURCE_REGISTERED)) {
                sourceEntries.put(entry.record().subject(), entry);
              } else if (kind.equals(Judgement.JOURNAL_KIND)) {
                judgementEntries.put(entry.seq(), entry);
              }
              if (chain.checked() % 10_000 == 0) {
                progress.update(chain.checked(), chain.checked());
              }
            });
    progress.finish();
    problems.addAll(chain.problems());

    // 2. batches against their journal entries
    List<BatchInfo> batches = new ArrayList<>();
    workspace.fragments().forEachBatch(batches::add);
    long fragmentsChecked = 0;
    Set<Long> seenEntries = new HashSet<>();
    progress.start("verify fragments", batches.size(), "batches");
    int done = 0;
    for (BatchInfo batch : batches) {
      List<Fragment> fragments =
          workspace.fragments().fragmentsOfBatch(batch.source(), batch.sequence());
      List<Reject> rejects = workspace.fragments().rejectsOfBatch(batch.source(), batch.sequence());
      fragmentsChecked += fragments.size();
      String name = "batch " + batch.sequence() + " of " + batch.source();
      JournalEntry entry = batchEntries.get(batch.journalSeq());
      seenEntries.add(batch.journalSeq());
      if (entry == null) {
        problems.add(
            name
                + " has no journal entry (expected #"
                + batch.journalSeq()
                + "): journal truncated");
      } else {
        JournalRecord record = entry.record();
        ContentHash digest = FragmentBatch.digest(fragments, rejects);
        if (!record.subject().equals(batch.source().value())
            || !record.field("batch").equals(Optional.of(String.valueOf(batch.sequence())))) {
          problems.add(name + " does not match journal entry #" + entry.seq());
        } else if (!record.field("digest").equals(Optional.of(digest.toString()))) {
          problems.add(
              name
                  + " was altered: its "
                  + fragments.size()
                  + " fragments and "
                  + rejects.size()
                  + " rejects hash to "
                  + digest
                  + " but journal entry #"
                  + entry.seq()
                  + " recorded "
                  + record.field("digest").orElse("nothing"));
        }
      }
      progress.update(++done, fragmentsChecked);
    }
    progress.finish();
    for (JournalEntry entry : batchEntries.values()) {
      if (!seenEntries.contains(entry.seq())) {
        problems.add(
            "batch "
                + entry.record().field("batch").orElse("?")
                + " of "
                + entry.record().subject()
                + " recorded in journal entry #"
                + entry.seq()
                + " is missing from the store");
      }
    }
    long stored = workspace.fragments().counts().fragments();
    if (stored != fragmentsChecked) {
      problems.add(
          (stored - fragmentsChecked)
              + " stored fragments belong to no committed batch (store holds "
              + stored
              + ", batches account for "
              + fragmentsChecked
              + ")");
    }

    // 3. sources against the journal, and their blobs
    List<Source> sources = workspace.sources().list();
    Set<ContentHash> used = new HashSet<>();
    for (Source source : sources) {
      used.add(source.blob().hash());
      if (!sourceEntries.containsKey(source.id().value())) {
        problems.add("source " + source.id() + " (" + source.name() + ") has no journal entry");
      }
    }
    Set<String> known = new HashSet<>();
    sources.forEach(s -> known.add(s.id().value()));
    for (JournalEntry entry : sourceEntries.values()) {
      if (!known.contains(entry.record().subject())) {
        problems.add(
            "source "
                + entry.record().subject()
                + " registered in journal entry #"
                + entry.seq()
                + " is missing from the store");
      }
    }

    // 4. judgements against the journal
    Set<Long> judged = new HashSet<>();
    for (Judgement j : workspace.judgements().list()) {
      judged.add(j.journalSeq());
      JournalEntry entry = judgementEntries.get(j.journalSeq());
      if (entry == null) {
        problems.add(
            "judgement " + j.id() + " has no journal entry (expected #" + j.journalSeq() + ")");
      } else if (!entry.record().equals(j.journalRecord())) {
        problems.add(
            "judgement " + j.id() + " was altered: it differs from journal entry #" + entry.seq());
      }
    }
    for (JournalEntry entry : judgementEntries.values()) {
      if (!judged.contains(entry.seq())) {
        problems.add(
            "judgement "
                + entry.record().field("id").orElse("?")
                + " recorded in journal entry #"
                + entry.seq()
                + " is missing from the store");
      }
    }

    List<ContentHash> blobs = workspace.blobs().list();
    progress.start("verify blobs", blobs.size(), "blobs");
    int blobsChecked = 0;
    for (ContentHash hash : used) {
      if (!workspace.blobs().contains(hash)) {
        problems.add("blob " + hash + " is missing (used by a source)");
      }
    }
    for (ContentHash hash : blobs) {
      Optional<String> problem = workspace.blobs().check(hash);
      problem.ifPresent(p -> problems.add("blob " + hash + " " + p));
      if (!used.contains(hash)) {
        notes.add(
            "blob " + hash + " is used by no source (an import stopped before registering it)");
      }
      progress.update(++blobsChecked, blobsChecked);
    }
    progress.finish();
    return new VerificationReport(
        chain.checked(),
        batches.size(),
        fragmentsChecked,
        sources.size(),
        blobs.size(),
        problems,
        notes);
  }
}
