package org.vigilance.core.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.entity.EntityId;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.Fragment;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.entity.MergedEntity;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.Schema;
import org.vigilance.core.evidence.Sensitivity;
import org.vigilance.core.evidence.Source;
import org.vigilance.core.evidence.SourceCatalog;
import org.vigilance.core.evidence.SourceId;
import org.vigilance.core.ingest.ProgressListener;
import org.vigilance.core.privacy.Masking;
import org.vigilance.core.workspace.Workspace;

/**
 * Keeps the search index in step with the store: {@link #catchUp} indexes what was committed since
 * the index's watermark, {@link #rebuild} drops the index and indexes everything.
 *
 * <p>What goes in: one {@link IndexDocument.Kind#ENTITY} document per merged entity (caption,
 * names, other property values, dates, amounts, countries, agencies, collections, highest
 * sensitivity) and one {@link IndexDocument.Kind#PAGE} document per {@code Page} entity (with its
 * number) and per other entity with a {@code bodyText} (a plain text, an e-mail ...).
 *
 * <p>Do-no-harm: the text indexed is the body text with its {@code maskedSpans} masked, so the
 * index can neither find nor show the personal data they cover; a text whose spans cannot be read
 * is not indexed at all. Properties holding detected personal data (hidden properties, and the
 * e-mail, phone, IBAN and IP types) are never indexed.
 *
 * <p>Agencies: a {@code PublicBody} is its own agency; a contract's agencies are the captions of
 * its {@code authority}; an award or a transaction has the agencies of its {@code contract}; an
 * {@code UnknownLink} (a funder) has the caption of its {@code subject} when that is a public body.
 *
 * <p>Not thread-safe; one run at a time per index.
 */
public final class IndexWorkspace {
  private static final Pattern AMOUNT_PROPERTY =
      Pattern.compile("(?i)amount.*|.*value|.*obligation");
  private static final Set<PropertyType> NEVER_INDEXED =
      Set.of(
          PropertyType.ENTITY,
          PropertyType.EMAIL,
          PropertyType.PHONE,
          PropertyType.IBAN,
          PropertyType.IP,
          PropertyType.CHECKSUM,
          PropertyType.JSON,
          PropertyType.HTML);
  private static final int CHUNK = 1_000;
  private static final int WINDOW = 20_000;
  private static final int CACHE = 50_000;

  /** Threads adding documents while the entities are streamed: the cores, at least one. */
  private static final int ADDERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final FragmentStore fragments;
  private final SourceCatalog sources;
  private final Model model;
  private final EntityMerger merger;
  private final SearchIndex index;
  private final Map<SourceId, Optional<Source>> sourceCache = new HashMap<>();
  private final Map<String, Related> related = lru();

  /** A compact view of an entity another one refers to. */
  private record Related(
      String caption, boolean publicBody, List<String> authorities, DocumentFacts facts) {}

  /** What a page takes over from its document. */
  private record DocumentFacts(
      List<String> dates, List<String> countries, @Nullable String language) {
    static final DocumentFacts NONE = new DocumentFacts(List.of(), List.of(), null);
  }

  /** The use case over a workspace's store and the given index. */
  public IndexWorkspace(Workspace workspace, Model model, SearchIndex index) {
    this(workspace.fragments(), workspace.sources(), model, index);
  }

  /** The use case over a store, its catalog and the given index. */
  public IndexWorkspace(
      FragmentStore fragments, SourceCatalog sources, Model model, SearchIndex index) {
    this.fragments = fragments;
    this.sources = sources;
    this.model = model;
    this.merger = new EntityMerger(model);
    this.index = index;
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > CACHE;
      }
    };
  }

  /**
   * Indexes the entities of every batch committed after the index's watermark, then commits the new
   * watermark. An empty index is filled by streaming the whole store, which is much faster.
   */
  public IndexRun catchUp(ProgressListener progress) {
    long mark = index.watermark();
    long target = lastJournalSeq();
    if (target <= mark) {
      return new IndexRun(0, 0, mark, false);
    }
    if (index.count() == 0) {
      index.removeAll(); // drops anything uncommitted, so every key below is new
      return streamAll(progress, target);
    }
    // The batches since the watermark, taken a window of entities at a time, so memory stays
    // bounded however big the imports were (an entity in two windows is indexed twice; the second
    // replaces the first).
    List<BatchInfo> fresh = new ArrayList<>();
    fragments.forEachBatch(
        batch -> {
          if (batch.journalSeq() > mark) {
            fresh.add(batch);
          }
        });
    long total = fresh.stream().mapToLong(BatchInfo::fragments).sum();
    progress.start("indexing", total, "fragments");
    long[] counts = new long[2];
    long seen = 0;
    Set<EntityId> window = new LinkedHashSet<>();
    for (BatchInfo batch : fresh) {
      for (Fragment f : fragments.fragmentsOfBatch(batch.source(), batch.sequence())) {
        window.add(f.entityId());
      }
      seen += batch.fragments();
      if (window.size() >= WINDOW) {
        reindex(window, counts);
        window.clear();
        progress.update(seen, seen);
      }
    }
    reindex(window, counts);
    progress.update(seen, seen);
    index.commit(target);
    progress.finish();
    return new IndexRun(counts[0], counts[1], target, false);
  }

  /** Re-indexes the given entities: counts[0] += entities, counts[1] += documents. */
  private void reindex(Set<EntityId> changed, long[] counts) {
    List<String> ids = new ArrayList<>(CHUNK);
    List<IndexDocument> docs = new ArrayList<>();
    for (EntityId id : changed) {
      List<Fragment> list = fragments.fragmentsOf(id);
      if (list.isEmpty()) {
        continue;
      }
      related.remove(id.value());
      ids.add(id.value());
      docs.addAll(documents(merger.merge(list)));
      counts[0]++;
      if (ids.size() >= CHUNK) {
        counts[1] += flush(ids, docs);
      }
    }
    counts[1] += flush(ids, docs);
  }

  /** Clears the index and indexes every entity of the store. */
  public IndexRun rebuild(ProgressListener progress) {
    long target = lastJournalSeq();
    index.removeAll();
    return streamAll(progress, target);
  }

  private long flush(List<String> ids, List<IndexDocument> docs) {
    if (!ids.isEmpty()) {
      index.removeEntities(ids);
    }
    index.upsert(docs);
    long n = docs.size();
    ids.clear();
    docs.clear();
    return n;
  }

  /**
   * Indexes every entity of the store into an index known to be empty. The entities are read,
   * merged and turned into documents on the caller's thread while {@link #ADDERS} other threads add
   * the previous chunks to the index (the index's writer takes documents from several threads at
   * once; at most two chunks a thread behind): adding is most of the work, so it gets the cores.
   */
  private IndexRun streamAll(ProgressListener progress, long target) {
    progress.start("indexing", fragments.entityCount(), "entities");
    long[] counts = new long[2];
    List<IndexDocument> docs = new ArrayList<>();
    ExecutorService adder =
        Executors.newFixedThreadPool(
            ADDERS,
            runnable -> {
              Thread thread = new Thread(runnable, "vigilance-index");
              thread.setDaemon(true);
              return thread;
            });
    ArrayDeque<Future<?>> pending = new ArrayDeque<>();
    try {
      fragments.forEachEntity(
          (id, list) -> {
            MergedEntity merged = merger.merge(list);
            rememberRelated(merged);
            docs.addAll(documents(merged));
            counts[0]++;
            if (docs.size() >= CHUNK) {
              counts[1] += docs.size();
              List<IndexDocument> chunk = List.copyOf(docs);
              docs.clear();
              pending.add(adder.submit(() -> index.add(chunk)));
              while (pending.size() > 2 * ADDERS) {
                await(pending.remove());
              }
              progress.update(counts[0], counts[0]);
            }
          });
      counts[1] += docs.size();
      List<IndexDocument> last = List.copyOf(docs);
      pending.add(adder.submit(() -> index.add(last)));
      awaitAll(pending);
      // the buffers still in memory are written out by the adders together, not by the commit
      // on this thread alone
      for (int i = 0; i < ADDERS; i++) {
        pending.add(adder.submit(index::flushAdded));
      }
      awaitAll(pending);
    } finally {
      pending.forEach(f -> f.cancel(true));
      adder.shutdownNow();
    }
    index.commit(target);
    progress.update(counts[0], counts[0]);
    progress.finish();
    return new IndexRun(counts[0], counts[1], target, true);
  }

  private static void awaitAll(ArrayDeque<Future<?>> pending) {
    while (!pending.isEmpty()) {
      await(pending.remove());
    }
  }

  private static void await(Future<?> chunk) {
    try {
      chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("indexing failed", e.getCause());
    }
  }

  private long lastJournalSeq() {
    long[] max = {0};
    fragments.forEachBatch(b -> max[0] = Math.max(max[0], b.journalSeq()));
    return max[0];
  }

  /** The index documents of one merged entity: its entity document and/or its text document. */
  public List<IndexDocument> documents(MergedEntity entity) {
    String id = entity.id().value();
    @Nullable Schema schema = model.schema(entity.schema()).orElse(null);
    List<String> linked = new ArrayList<>(2);
    String caption = caption(entity, schema, linked);
    List<String> collections = new ArrayList<>();
    @Nullable Sensitivity sensitivity = null;
    for (SourceId sourceId : entity.sources()) {
      Optional<Source> source = sourceCache.computeIfAbsent(sourceId, sources::find);
      if (source.isPresent()) {
        if (!collections.contains(source.get().collection().value())) {
          collections.add(source.get().collection().value());
        }
        Sensitivity s = source.get().sensitivity();
        if (sensitivity == null || s.compareTo(sensitivity) > 0) {
          sensitivity = s;
        }
      }
    }
    collections.sort(null);

    List<String> names = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    List<Double> amounts = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    @Nullable String language = null;
    for (Map.Entry<String, List<MergedEntity.Value>> e : entity.properties().entrySet()) {
      String name = e.getKey();
      @Nullable Property property = schema == null ? null : schema.properties().get(name);
      if (property == null) {
        continue;
      }
      PropertyType type = property.type();
      if (type == PropertyType.LANGUAGE && language == null && !e.getValue().isEmpty()) {
        language = e.getValue().get(0).value();
      }
      if (property.hidden() || NEVER_INDEXED.contains(type)) {
        continue;
      }
      for (MergedEntity.Value v : e.getValue()) {
        String value = v.value();
        switch (type) {
          case NAME -> names.add(value);
          case DATE -> dates.add(value);
          case COUNTRY -> countries.add(value.toLowerCase(Locale.ROOT));
          case NUMBER -> {
            if (AMOUNT_PROPERTY.matcher(name).matches()) {
              parseAmount(value).ifPresent(amounts::add);
            } else {
              properties.add(value);
            }
          }
          case LANGUAGE, GENDER, TOPIC, MIMETYPE -> {}
          default -> properties.add(value);
        }
      }
    }
    List<String> agencies = agencies(entity, schema, caption);

    List<IndexDocument> result = new ArrayList<>(2);
    boolean isPage = schema != null && schema.isA("Page");
    if (!isPage) {
      result.add(
          IndexDocument.entity(id, entity.schema())
              .caption(caption)
              .names(names)
              .properties(properties)
              .dates(dates)
              .amounts(amounts)
              .countries(countries)
              .agencies(agencies)
              .collections(collections)
              .sensitivity(sensitivity)
              .language(language)
              .linked(linked)
              .build());
    }
    // each text masked with the spans of its own fragment, as every output masks it
    List<String> bodies = Masking.apply(entity).values(Masking.TEXT_PROPERTY);
    if (!bodies.isEmpty()) {
      // fail closed: a text whose spans cannot be read is not indexed
      @Nullable String text = bodies.get(0).equals(Masking.UNREADABLE) ? null : bodies.get(0);
      IndexDocument.Builder page =
          IndexDocument.page(id + "#text", id, entity.schema())
              .collections(collections)
              .sensitivity(sensitivity)
              .text(text);
      if (isPage) {
        List<String> documents = entity.values("document");
        @Nullable String documentId = documents.isEmpty() ? null : documents.get(0);
        DocumentFacts facts = DocumentFacts.NONE;
        String pageCaption = caption;
        if (documentId != null) {
          Related document = related(documentId);
          facts = document.facts();
          pageCaption = document.caption();
        }
        page.caption(pageCaption)
            .documentId(documentId)
            .page(pageNumber(entity.values("index")))
            .dates(facts.dates())
            .countries(facts.countries())
            .language(language != null ? language : facts.language());
      } else {
        page.caption(caption)
            .documentId(id)
            .dates(dates)
            .countries(countries)
            .agencies(agencies)
            .language(language);
      }
      result.add(page.build());
    }
    return result;
  }

  /**
   * The entity's caption; a relationship without a caption of its own (an award, a membership) is
   * named after its ends: {@code contract title → supplier}; a contract's transaction after its
   * contract: {@code contract title · modification P00002}. The captions borrowed so are added to
   * {@code linked}.
   */
  private String caption(MergedEntity entity, @Nullable Schema schema, List<String> linked) {
    String caption = entity.caption(model);
    if (schema != null && schema.isA("ContractTransaction")) {
      List<String> contracts = entity.values("contract");
      if (!contracts.isEmpty()) {
        String contract = related(contracts.get(0)).caption();
        linked.add(contract);
        List<String> modification = entity.values("modificationNumber");
        return contract
            + " \u00b7 "
            + (modification.isEmpty() ? caption : "modification " + modification.get(0));
      }
    }
    if (schema == null
        || !schema.isEdge()
        || !caption.equals(entity.id().value())
        || schema.edgeSource() == null
        || schema.edgeTarget() == null) {
      return caption;
    }
    List<String> from = entity.values(schema.edgeSource());
    List<String> to = entity.values(schema.edgeTarget());
    if (from.isEmpty() || to.isEmpty()) {
      return caption;
    }
    String source = related(from.get(0)).caption();
    String target = related(to.get(0)).caption();
    linked.add(source);
    linked.add(target);
    return source + " \u2192 " + target;
  }

  private static @Nullable Integer pageNumber(List<String> values) {
    for (String value : values) {
      Optional<Double> n = parseAmount(value);
      if (n.isPresent() && n.get() >= 0 && n.get() <= Integer.MAX_VALUE) {
        return (int) Math.floor(n.get());
      }
    }
    return null;
  }

  private static Optional<Double> parseAmount(String value) {
    try {
      double d = Double.parseDouble(value.trim().replace(",", ""));
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<String> agencies(MergedEntity entity, @Nullable Schema schema, String caption) {
    if (schema == null) {
      return List.of();
    }
    Set<String> agencies = new LinkedHashSet<>();
    if (schema.isA("PublicBody")) {
      agencies.add(caption);
    }
    if (schema.isA("Contract")) {
      for (String authority : entity.values("authority")) {
        agencies.add(related(authority).caption());
      }
    }
    if (schema.isA("ContractAward") || schema.isA("ContractTransaction")) {
      for (String contract : entity.values("contract")) {
        for (String authority : related(contract).authorities()) {
          agencies.add(related(authority).caption());
        }
      }
    }
    if (schema.isA("UnknownLink")) {
      for (String subject : entity.values("subject")) {
        Related r = related(subject);
        if (r.publicBody()) {
          agencies.add(r.caption());
        }
      }
    }
    return List.copyOf(agencies);
  }

  private Related related(String id) {
    Related cached = related.get(id);
    if (cached != null) {
      return cached;
    }
    Related found = new Related(id, false, List.of(), DocumentFacts.NONE);
    if (EntityId.problem(id) == null) {
      List<Fragment> list = fragments.fragmentsOf(EntityId.of(id));
      if (!list.isEmpty()) {
        MergedEntity entity = merger.merge(list);
        found = summary(entity, model.schema(entity.schema()).orElse(null));
      }
    }
    related.put(id, found);
    return found;
  }

  /**
   * Remembers what entities that refer to this one will ask of it, while it is at hand: streaming
   * in id order visits a contract just before its award and its funding link (their ids extend the
   * contract's), which then need no look-up. Only things (contracts, companies, public bodies,
   * documents) are remembered: the intervals and edges that refer to them are seldom referred to.
   */
  private void rememberRelated(MergedEntity entity) {
    @Nullable Schema schema = model.schema(entity.schema()).orElse(null);
    if (schema != null && schema.isA("Thing")) {
      related.put(entity.id().value(), summary(entity, schema));
    }
  }

  private Related summary(MergedEntity entity, @Nullable Schema schema) {
    List<String> dates = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    @Nullable String language = null;
    if (schema != null) {
      for (Property p : schema.properties().values()) {
        if (p.hidden() && p.type() != PropertyType.LANGUAGE) {
          continue;
        }
        switch (p.type()) {
          case DATE -> dates.addAll(entity.values(p.name()));
          case COUNTRY ->
              entity.values(p.name()).forEach(c -> countries.add(c.toLowerCase(Locale.ROOT)));
          case LANGUAGE -> {
            List<String> values = entity.values(p.name());
            if (language == null && !values.isEmpty()) {
              language = values.get(0);
            }
          }
          default -> {}
        }
      }
    }
    return new Related(
        entity.caption(model),
        schema != null && schema.isA("PublicBody"),
        entity.values("authority"),
        new DocumentFacts(dates, countries, language));
  }
}
