package org.vigilance.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.search.Snippet;

/**
 * Snippets with the UnifiedHighlighter over the stored (already masked) text. The text is searched
 * through several fields (base and stemmed); each is highlighted against the same stored text (the
 * offsets of every field refer to it), and the passages of all fields are merged.
 */
final class Highlights {
  private static final int PASSAGE_LENGTH = 200;
  private static final int MAX_LENGTH = 500_000;

  private Highlights() {}

  /** A passage as the highlighter found it, copied out of its reused object. */
  private record Found(
      int start, int end, float score, List<Integer> matchStarts, List<Integer> matchEnds) {}

  /**
   * The snippets of each document, in the order of {@code docIds}.
   *
   * @param texts the stored text of each document
   * @param stems the stemmed language of each document, or null
   */
  static List<List<Snippet>> snippets(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query query,
      int[] docIds,
      String[] texts,
      @Nullable String[] stems,
      int max)
      throws IOException {
    List<List<Snippet>> result = new ArrayList<>(docIds.length);
    if (docIds.length == 0) {
      return result;
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(
                new PassageFormatter() {
                  @Override
                  public Object format(Passage[] passages, String content) {
                    List<Found> found = new ArrayList<>(passages.length);
                    for (Passage p : passages) {
                      int n = p.getNumMatches();
                      found.add(
                          new Found(
                              p.getStartOffset(),
                              p.getEndOffset(),
                              p.getScore(),
                              ints(p.getMatchStarts(), n),
                              ints(p.getMatchEnds(), n)));
                    }
                    return found;
                  }
                })
            .withMaxLength(MAX_LENGTH)
            .withMaxNoHighlightPassages(0)
            .withWeightMatches(false)
            .withBreakIterator(
                // passages of about PASSAGE_LENGTH characters cut between words: a sentence
                // iterator took half of the highlighting time
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, 0.5f));
    Map<Integer, String> byDoc = new java.util.HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      byDoc.put(docIds[i], texts[i]);
    }
    StoredTextHighlighter highlighter = new StoredTextHighlighter(builder, byDoc);
    // group the documents by stemmed language: each group highlights the base field and its own
    Map<String, List<Integer>> groups = new java.util.TreeMap<>();
    for (int i = 0; i < docIds.length; i++) {
      String stem = stems[i];
      groups.computeIfAbsent(stem == null ? "" : stem, k -> new ArrayList<>()).add(i);
    }
    List<List<Found>> perDoc = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      perDoc.add(new ArrayList<>());
    }
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
      String[] fields =
          group.getKey().isEmpty()
              ? new String[] {Fields.TEXT}
              : new String[] {Fields.TEXT, Fields.text(group.getKey())};
      List<Integer> positions = group.getValue();
      int[] ids = new int[positions.size()];
      for (int j = 0; j < ids.length; j++) {
        ids[j] = docIds[positions.get(j)];
      }
      int[] maxPassages = new int[fields.length];
      java.util.Arrays.fill(maxPassages, max);
      Map<String, Object[]> byField = highlighter.highlight(fields, query, ids, maxPassages);
      for (String field : fields) {
        Object[] found = byField.get(field);
        if (found == null) {
          continue;
        }
        for (int j = 0; j < ids.length; j++) {
          if (found[j] instanceof List<?> list) {
            for (Object o : list) {
              perDoc.get(positions.get(j)).add((Found) o);
            }
          }
        }
      }
    }
    for (int i = 0; i < docIds.length; i++) {
      List<Found> all = perDoc.get(i);
      result.add(merge(all, texts[i], max));
    }
    return result;
  }

  private static List<Integer> ints(int[] values, int n) {
    List<Integer> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(values[i]);
    }
    return list;
  }

  private static List<Snippet> merge(List<Found> all, String text, int max) {
    List<Found> byScore = new ArrayList<>(all);
    byScore.sort(
        Comparator.comparingDouble((Found f) -> -f.score()).thenComparingInt(Found::start));
    List<Found> picked = new ArrayList<>();
    for (Found f : byScore) {
      if (picked.size() >= max) {
        break;
      }
      boolean overlaps = false;
      for (Found p : picked) {
        if (f.start() < p.end() && p.start() < f.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps && !f.matchStarts().isEmpty()) {
        picked.add(f);
      }
    }
    List<Snippet> snippets = new ArrayList<>(picked.size());
    for (Found p : picked) {
      List<int[]> marks = new ArrayList<>();
      for (Found f : all) {
        for (int m = 0; m < f.matchStarts().size(); m++) {
          int s = f.matchStarts().get(m);
          int e = f.matchEnds().get(m);
          if (s >= p.start() && e <= p.end() && s < e) {
            marks.add(new int[] {s, e});
          }
        }
      }
      marks.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> m[1]));
      List<Snippet.Highlight> highlights = new ArrayList<>();
      int lastEnd = -1;
      for (int[] m : marks) {
        if (m[0] < lastEnd) {
          if (m[1] > lastEnd) {
            Snippet.Highlight prev = highlights.remove(highlights.size() - 1);
            highlights.add(new Snippet.Highlight(prev.start(), m[1] - p.start()));
            lastEnd = m[1];
          }
          continue;
        }
        highlights.add(new Snippet.Highlight(m[0] - p.start(), m[1] - p.start()));
        lastEnd = m[1];
      }
      int end = Math.min(p.end(), text.length());
      String passage = flatten(text.substring(Math.min(p.start(), end), end));
      snippets.add(new Snippet(passage, clip(highlights, passage.length())));
    }
    return snippets;
  }

  private static List<Snippet.Highlight> clip(List<Snippet.Highlight> highlights, int length) {
    List<Snippet.Highlight> kept = new ArrayList<>(highlights.size());
    for (Snippet.Highlight h : highlights) {
      if (h.end() <= length) {
        kept.add(h);
      }
    }
    return kept;
  }

  /** Line breaks and tabs as spaces (one for one, so offsets hold). */
  private static String flatten(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** Gives the stored text for every highlighted field: all fields index that same text. */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> texts;

    StoredTextHighlighter(Builder builder, Map<Integer, String> texts) {
      super(builder);
      this.texts = texts;
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] max)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, max);
    }

    /** Every text field indexes offsets in its postings (and merging field infos is costly). */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        String text = texts.getOrDefault(doc, "");
        CharSequence[] perField = new CharSequence[fields.length];
        java.util.Arrays.fill(perField, text);
        values.add(perField);
      }
      return values;
    }
  }
}
