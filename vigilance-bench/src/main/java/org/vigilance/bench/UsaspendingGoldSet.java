package org.vigilance.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigilance.core.resolution.NameNormaliser;

/**
 * A gold set of labelled pairs of organisations built from real USAspending downloads, the UEI as
 * the truth: two observations of one UEI are the same company; two of different UEIs whose parents
 * differ too are different companies; pairs of different UEIs that share a parent, or where one is
 * the other's parent, are related and left out.
 *
 * <p>An <em>observation</em> is what one row says of one recipient: from award summaries and
 * transactions the recipient (once under {@code recipient_name}, once under {@code
 * recipient_name_raw} when the two differ); from subaward files the prime awardee and the
 * subawardee. Each carries a name, an address ({@code address_line_1, city_name}), a country (ISO
 * 3166 alpha-2, from the alpha-3 code) and its parent's name ({@code *_parent_name}), which is what
 * the matcher sees; the UEI, the DUNS and the parent's UEI are withheld from it. A parent is not an
 * observation of its own (the files give only its name and UEI), but its UEI decides which pairs
 * are related. Observations equal in all of these and in their UEI are kept once. Not read: the
 * {@code *_parent_name_raw} columns (a parent's name at the time of the award, which the current
 * parent UEI does not always name: {@code WEST PUBLISHING CORPORATION} under the UEI of {@code
 * THOMSON REUTERS (MARKETS) LLC}), the {@code dba_name} columns (in subaward files they often hold
 * the prime contractor's name), and, do-no-harm, every row whose recipient is a sole proprietorship
 * (the name of a person).
 *
 * <p>Candidate pairs come from blocking, as cross-referencing finds them: two observations sharing
 * a distinctive word of their normalised names. So the negatives are hard ones ({@code BEST BUY
 * CO., INC.} / {@code BEST BUY GOV, LLC} would be one, were the first not the parent of the
 * second), not random pairs. The same files always give the same rows in the same order.
 */
final class UsaspendingGoldSet {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern UEI = Pattern.compile("[A-HJ-NP-Z1-9][A-HJ-NP-Z0-9]{11}");

  /** The columns of the file written, in order ({@code xref-eval} reads the first nine). */
  static final List<String> COLUMNS =
      List.of(
          "name1",
          "name2",
          "is_match",
          "country1",
          "country2",
          "address1",
          "address2",
          "parent1",
          "parent2",
          "relation",
          "truth_uei1",
          "truth_uei2",
          "source1",
          "source2");

  /**
   * What one row says of one organisation.
   *
   * @param uei its UEI (the truth; withheld from the matcher)
   * @param name its name as written
   * @param address {@code address_line_1, city_name}, or empty
   * @param country ISO alpha-2, lower case, or empty
   * @param parentUei its parent's UEI, or empty
   * @param parentName its parent's name, or empty
   * @param source the file and row of its first occurrence
   */
  record Observation(
      String uei,
      String name,
      String address,
      String country,
      String parentUei,
      String parentName,
      String source) {
    String key() {
      return String.join("\u0000", uei, name, address, country, parentName);
    }
  }

  /**
   * A labelled pair.
   *
   * @param a the first observation
   * @param b the second
   * @param match whether they are one company
   * @param relation {@code same UEI} or {@code different UEI and parent}
   */
  record Pair(Observation a, Observation b, boolean match, String relation) {}

  /**
   * The gold set.
   *
   * @param observations the observations, sorted
   * @param pairs the labelled pairs
   * @param related candidate pairs left out: different UEIs sharing a parent, or parent and
   *     subsidiary
   * @param files the files read
   */
  record Gold(List<Observation> observations, List<Pair> pairs, int related, List<Path> files) {
    long matches() {
      return pairs.stream().filter(Pair::match).count();
    }

    long ueis() {
      return observations.stream().map(Observation::uei).distinct().count();
    }
  }

  private final NameNormaliser normaliser;

  UsaspendingGoldSet(NameNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** Reads every CSV file below a folder (in path order) and builds the gold set. */
  Gold build(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
              .toList();
    }
    Map<String, Observation> seen = new HashMap<>();
    List<Path> used = new ArrayList<>();
    for (Path file : files) {
      if (read(folder, file, seen)) {
        used.add(file);
      }
    }
    List<Observation> observations = new ArrayList<>(seen.values());
    observations.sort(
        Comparator.comparing(Observation::uei)
            .thenComparing(Observation::name)
            .thenComparing(Observation::address)
            .thenComparing(Observation::country)
            .thenComparing(Observation::parentName));
    return pair(observations, used);
  }

  /** Reads the observations of one file; false when it has no recipient columns. */
  private static boolean read(Path folder, Path file, Map<String, Observation> seen)
      throws IOException {
    String label = folder.relativize(file).toString();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      Map<String, Integer> header = null;
      for (CsvRecord record : reader) {
        if (header == null) {
          header = new HashMap<>();
          for (int i = 0; i < record.getFieldCount(); i++) {
            header.put(record.getField(i).replace("\uFEFF", "").strip(), i);
          }
          if (!header.containsKey("recipient_uei") && !header.containsKey("subawardee_uei")) {
            return false;
          }
          continue;
        }
        Row row = new Row(header, record);
        String source = label + ":" + record.getStartingLineNumber();
        if (header.containsKey("recipient_uei")) {
          if (row.get("sole_proprietorship").equals("t")) {
            continue; // do-no-harm: the name of a person
          }
          add(seen, row, source, "recipient", "recipient_name");
          add(seen, row, source, "recipient", "recipient_name_raw");
        }
        if (header.containsKey("subawardee_uei")) {
          for (String who : List.of("prime_awardee", "subawardee")) {
            if (row.get(who + "_business_types").toUpperCase(Locale.ROOT).contains("SOLE PROPR")) {
              continue;
            }
            add(seen, row, source, who, who + "_name");
          }
        }
      }
      return header != null;
    }
  }

  private static void add(
      Map<String, Observation> seen, Row row, String source, String who, String nameColumn) {
    String uei = row.get(who + "_uei");
    String name = row.get(nameColumn);
    if (!UEI.matcher(uei).matches() || name.isEmpty()) {
      return;
    }
    String line = row.get(who + "_address_line_1");
    String city = row.get(who + "_city_name");
    String address = line.isEmpty() || city.isEmpty() ? line + city : line + ", " + city;
    String parentUei = row.get(who + "_parent_uei");
    Observation o =
        new Observation(
            uei,
            name,
            address,
            alpha2(row.get(who + "_country_code")),
            UEI.matcher(parentUei).matches() ? parentUei : "",
            row.get(who + "_parent_name"),
            source);
    seen.putIfAbsent(o.key(), o);
  }

  /** Pairs observations sharing a distinctive word and labels them by UEI and parent. */
  private Gold pair(List<Observation> observations, List<Path> files) {
    Map<String, Set<String>> family = new HashMap<>();
    for (Observation o : observations) {
      Set<String> f = family.computeIfAbsent(o.uei(), k -> new LinkedHashSet<>());
      f.add(o.uei());
      if (!o.parentUei().isEmpty()) {
        f.add(o.parentUei());
      }
    }
    Map<String, List<Integer>> byWord = new TreeMap<>();
    for (int i = 0; i < observations.size(); i++) {
      for (String w : new TreeSet<>(normaliser.normalise(observations.get(i).name()).tokens())) {
        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    TreeSet<Long> candidates = new TreeSet<>();
    for (List<Integer> block : byWord.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          candidates.add((long) block.get(x) << 32 | block.get(y));
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    int related = 0;
    for (long c : candidates) {
      Observation a = observations.get((int) (c >>> 32));
      Observation b = observations.get((int) c);
      if (a.uei().equals(b.uei())) {
        pairs.add(new Pair(a, b, true, "same UEI"));
      } else if (disjoint(
          family.getOrDefault(a.uei(), Set.of()), family.getOrDefault(b.uei(), Set.of()))) {
        pairs.add(new Pair(a, b, false, "different UEI and parent"));
      } else {
        related++;
      }
    }
    return new Gold(List.copyOf(observations), List.copyOf(pairs), related, List.copyOf(files));
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** Writes the pairs as CSV, in the columns of {@link #COLUMNS}. */
  static void write(Gold gold, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(out)) {
      csv.writeRecord(COLUMNS);
      for (Pair p : gold.pairs()) {
        csv.writeRecord(
            p.a().name(),
            p.b().name(),
            Boolean.toString(p.match()),
            p.a().country(),
            p.b().country(),
            p.a().address(),
            p.b().address(),
            p.a().parentName(),
            p.b().parentName(),
            p.relation(),
            p.a().uei(),
            p.b().uei(),
            p.a().source(),
            p.b().source());
      }
    }
  }

  /** ISO 3166 alpha-3 to alpha-2, lower case; empty when unknown. */
  static String alpha2(String alpha3) {
    String code = alpha3.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      return "";
    }
    String found = ALPHA2.get(code);
    return found == null ? "" : found;
  }

  private static final Map<String, String> ALPHA2 = alpha2Table();

  private static Map<String, String> alpha2Table() {
    Map<String, String> table = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      table.put(Locale.of("", iso2).getISO3Country(), iso2.toLowerCase(Locale.ROOT));
    }
    return Map.copyOf(table);
  }

  /** One CSV row, read by column name (empty when the file has no such column). */
  private record Row(Map<String, Integer> header, CsvRecord record) {
    String get(String column) {
      Integer i = header.get(column);
      return i == null || i >= record.getFieldCount()
          ? ""
          : SPACES.matcher(record.getField(i)).replaceAll(" ").strip();
    }
  }
}
