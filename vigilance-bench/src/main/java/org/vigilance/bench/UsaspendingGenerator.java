package org.vigilance.bench;

import static org.vigilance.bench.UsaspendingVocabulary.ACTION_TYPES;
import static org.vigilance.bench.UsaspendingVocabulary.AGENCIES;
import static org.vigilance.bench.UsaspendingVocabulary.AGENCY_WEIGHTS;
import static org.vigilance.bench.UsaspendingVocabulary.AREA_CODES;
import static org.vigilance.bench.UsaspendingVocabulary.AWARD_TYPES;
import static org.vigilance.bench.UsaspendingVocabulary.COMMODITIES;
import static org.vigilance.bench.UsaspendingVocabulary.COMMON;
import static org.vigilance.bench.UsaspendingVocabulary.DEFC_Q;
import static org.vigilance.bench.UsaspendingVocabulary.DEFENSE_ONLY;
import static org.vigilance.bench.UsaspendingVocabulary.DIVISIONS;
import static org.vigilance.bench.UsaspendingVocabulary.FLAGS;
import static org.vigilance.bench.UsaspendingVocabulary.FOREIGN;
import static org.vigilance.bench.UsaspendingVocabulary.FORMS;
import static org.vigilance.bench.UsaspendingVocabulary.IDV_ONLY;
import static org.vigilance.bench.UsaspendingVocabulary.KNOWN_OFFICES;
import static org.vigilance.bench.UsaspendingVocabulary.MAJOR_PROGRAMS;
import static org.vigilance.bench.UsaspendingVocabulary.NAME_KINDS;
import static org.vigilance.bench.UsaspendingVocabulary.NAME_TRADES;
import static org.vigilance.bench.UsaspendingVocabulary.NAME_WORDS;
import static org.vigilance.bench.UsaspendingVocabulary.OBJECT_CLASSES;
import static org.vigilance.bench.UsaspendingVocabulary.ORDER_ONLY;
import static org.vigilance.bench.UsaspendingVocabulary.ORGANIZATIONAL_TYPES;
import static org.vigilance.bench.UsaspendingVocabulary.PARENT_KINDS;
import static org.vigilance.bench.UsaspendingVocabulary.PLACES;
import static org.vigilance.bench.UsaspendingVocabulary.STREETS;
import static org.vigilance.bench.UsaspendingVocabulary.SUFFIXES;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.vigilance.bench.UsaspendingVocabulary.Commodity;
import org.vigilance.bench.UsaspendingVocabulary.Place;
import org.vigilance.bench.UsaspendingVocabulary.Spec;

/**
 * Writes a seeded USAspending contract transactions download ({@code
 * Contracts_PrimeTransactions_*.csv}) with the full current column set, in download order, and
 * values shaped like the real rows: awards with one or more actions (modifications), a few thousand
 * companies with UEIs and ultimate parents (some their own parent), a few dozen agencies,
 * sub-agencies and offices with their codes, ISO dates, amounts with cents, descriptions with
 * commas and quotes (quoted as RFC 4180 says), PSC and NAICS codes with their descriptions, and
 * empty cells where real downloads have them. The same seed and row count give the same bytes. Not
 * thread-safe.
 *
 * <p>The companies are invented (names built from common words), so that no real company is shown
 * with contracts it never had; the agencies, their codes, the PSC and NAICS codes and the coded
 * columns are the real ones. The columns about people (the highly compensated officers) stay empty.
 *
 * <p>Implementation notes. The column list is a resource ({@value #COLUMNS}, see the README beside
 * it for how it was derived). The values were learned from the real rows listed in that README:
 * which columns are filled and how often, the code/description pairs and their frequencies, the key
 * formats ({@code CONT_AWD_<piid>_<agency>_<parent piid>_<parent agency>}, the transaction key
 * {@code <agency>_<parent agency>_<piid>_<modification>_<parent piid>_<transaction number>}), date
 * and amount formats, and line ends (CRLF). The pools (agencies, offices, companies, parent IDVs)
 * are drawn first from one split of the seed; the rows from another, award by award, each award's
 * values written once into a template row that its actions copy.
 */
final class UsaspendingGenerator {
  /** The resource with the column names, one a line, in download order. */
  static final String COLUMNS = "usaspending-transaction-columns.txt";

  private static final int RECIPIENTS = 3_000;
  private static final int PARENTS = 900;
  private static final int IDVS = 400;
  private static final String UEI_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  private static final String NONE = "-NONE-";
  private static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(2025, 9, 30).toEpochDay() - FIRST_DAY.toEpochDay());

  private final List<String> columns;
  private final Map<String, Integer> positions = new HashMap<>();
  private final SplittableRandom random;
  private final List<Agency> agencies = new ArrayList<>();
  private final int[] agencyWeights;
  private final Recipient[] recipients;
  private final Idv[] idvs;
  private final List<Coded> common;
  private final List<Coded> idvOnly;
  private final List<Coded> orderOnly;
  private final List<Coded> defenseOnly;
  private final int[] flagPositions;
  private long awards;

  /** A generator with the given seed. */
  UsaspendingGenerator(long seed) {
    this.columns = columns();
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i), i);
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom pools = root.split();
    this.random = root.split();
    buildAgencies(pools);
    this.agencyWeights = agencies.stream().mapToInt(Agency::weight).toArray();
    Recipient[] parents = new Recipient[PARENTS];
    Set<String> ueis = new HashSet<>();
    for (int i = 0; i < PARENTS; i++) {
      parents[i] = company(pools, ueis, null, true);
    }
    this.recipients = new Recipient[RECIPIENTS];
    for (int i = 0; i < RECIPIENTS; i++) {
      // 45% are their own ultimate parent, as in the real rows
      Recipient parent = pools.nextInt(100) < 45 ? null : parents[pools.nextInt(PARENTS)];
      recipients[i] = company(pools, ueis, parent, false);
    }
    this.idvs = new Idv[IDVS];
    for (int i = 0; i < IDVS; i++) {
      idvs[i] = idv(pools, i);
    }
    this.common = resolve(COMMON);
    this.idvOnly = resolve(IDV_ONLY);
    this.orderOnly = resolve(ORDER_ONLY);
    this.defenseOnly = resolve(DEFENSE_ONLY);
    this.flagPositions = new int[FLAGS.size()];
    for (int i = 0; i < FLAGS.size(); i++) {
      String flag = FLAGS.get(i);
      flagPositions[i] = at(flag.substring(0, flag.indexOf('|')));
    }
  }

  /** The column names of the transactions download, in download order. */
  static List<String> columns() {
    try (InputStream in =
            Objects.requireNonNull(
                UsaspendingGenerator.class.getResourceAsStream(COLUMNS),
                COLUMNS + " is missing from the build");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the header and {@code rows} data rows to the file. */
  void write(Path file, long rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, rows);
    }
  }

  /** Writes the header and {@code rows} data rows to the stream (which stays open). */
  void write(OutputStream out, long rows) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    StringBuilder line = new StringBuilder(4096);
    writeRow(writer, line, columns.toArray(String[]::new));
    long written = 0;
    while (written < rows) {
      written += award(writer, line, rows - written);
    }
    writer.flush();
  }

  // ---------------------------------------------------------------- awards and their actions

  /** Writes one award's actions (at most {@code left}); returns how many rows it wrote. */
  private int award(Writer writer, StringBuilder line, long left) throws IOException {
    awards++;
    String[] cells = new String[columns.size()];
    Arrays.fill(cells, "");
    Agency agency = agencies.get(pick(random, agencyWeights));
    SubAgency sub = agency.subAgencies().get(random.nextInt(agency.subAgencies().size()));
    Office office = sub.offices().get(random.nextInt(sub.offices().size()));
    Recipient recipient = recipients[(int) (RECIPIENTS * square(random.nextDouble()))];
    Commodity what = COMMODITIES.get(random.nextInt(COMMODITIES.size()));

    int kind = random.nextInt(100);
    boolean isIdv = kind < 2;
    Idv parent = null;
    String typeCode;
    if (isIdv) {
      typeCode = "";
    } else if (kind < 47) {
      typeCode = "C"; // delivery order under an IDV
      parent = parentFor(agency);
    } else if (kind < 55) {
      typeCode = "A"; // BPA call
      parent = parentFor(agency);
    } else if (kind < 85) {
      typeCode = "B";
    } else {
      typeCode = "D";
    }
    LocalDate start = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String year = String.format(Locale.ROOT, "%02d", fiscalYear(start) % 100);
    String letter =
        switch (typeCode) {
          case "" -> "D";
          case "A" -> "A";
          case "B" -> "P";
          case "C" -> "F";
          default -> "C";
        };
    String piid = office.code() + year + letter + String.format(Locale.ROOT, "%07d", awards);
    String agencyId = sub.code();
    String awardKey =
        isIdv
            ? "CONT_IDV_" + piid + "_" + agencyId
            : "CONT_AWD_"
                + piid
                + "_"
                + agencyId
                + "_"
                + (parent == null ? NONE : parent.piid())
                + "_"
                + (parent == null ? NONE : parent.agencyId());

    set(cells, "contract_award_unique_key", awardKey);
    set(cells, "award_id_piid", piid);
    if (parent != null) {
      set(cells, "parent_award_agency_id", parent.agencyId());
      set(cells, "parent_award_agency_name", parent.agencyName());
      set(cells, "parent_award_id_piid", parent.piid());
      set(cells, "parent_award_type_code", parent.typeCode());
      set(cells, "parent_award_type", parent.type());
      set(cells, "parent_award_single_or_multiple_code", parent.multiple() ? "M" : "S");
      set(
          cells,
          "parent_award_single_or_multiple",
          parent.multiple() ? "MULTIPLE AWARD" : "SINGLE AWARD");
    }
    agencyCells(cells, agency, sub, office);
    recipientCells(cells, recipient);
    Place performance = placeCells(cells, recipient);
    set(cells, "award_or_idv_flag", isIdv ? "IDV" : "AWARD");
    if (!isIdv) {
      set(cells, "award_type_code", typeCode);
      set(cells, "award_type", AWARD_TYPES.getOrDefault(typeCode, ""));
    }
    set(cells, "product_or_service_code", what.psc());
    set(cells, "product_or_service_code_description", what.pscDescription());
    if (random.nextInt(100) < 95) {
      set(cells, "naics_code", what.naics());
      set(cells, "naics_description", what.naicsDescription());
    }
    for (Coded coded : common) {
      coded.fill(cells, random);
    }
    for (Coded coded : isIdv ? idvOnly : parent != null ? orderOnly : List.<Coded>of()) {
      coded.fill(cells, random);
    }
    if (agency.code().equals("097")) {
      for (Coded coded : defenseOnly) {
        coded.fill(cells, random);
      }
    }
    flagCells(cells, recipient);
    String description = random.nextInt(100) < 89 ? description(what, performance) : "";
    set(cells, "prime_award_base_transaction_description", description);
    if (random.nextInt(100) < 5) {
      set(cells, "solicitation_identifier", office.code() + year + "Q" + digits(8));
      set(cells, "solicitation_date", start.minusDays(10 + random.nextInt(90)).toString());
    }
    if (isIdv) {
      set(cells, "ordering_period_end_date", start.plusYears(5).toString());
    }
    if (random.nextInt(100) < 20) {
      fundingAccounts(cells, agency, start);
    }
    if (random.nextInt(100) < 10) {
      set(cells, "disaster_emergency_fund_codes_for_overall_award", DEFC_Q);
    }
    if (random.nextInt(100) < 10) {
      set(cells, "major_program", MAJOR_PROGRAMS.get(random.nextInt(3)));
    }
    if (random.nextInt(100) < 3) {
      set(cells, "program_acronym", agency.acronym());
    }
    set(cells, "usaspending_permalink", "https://www.usaspending.gov/award/" + awardKey + "/");

    return actions(writer, line, cells, left, piid, agencyId, parent, start, description);
  }

  /** The award's actions: the base award, then modifications; returns how many were written. */
  private int actions(
      Writer writer,
      StringBuilder line,
      String[] template,
      long left,
      String piid,
      String agencyId,
      @Nullable Idv parent,
      LocalDate start,
      String description)
      throws IOException {
    int count = 1;
    while (count < 40 && random.nextInt(100) < 62) {
      count++;
    }
    count = (int) Math.min(count, left);
    long base = amountCents();
    long potential = base + (random.nextInt(100) < 30 ? amountCents() : 0);
    LocalDate end = start.plusDays(30 + random.nextInt(720));
    LocalDate potentialEnd = random.nextInt(100) < 30 ? end.plusYears(1 + random.nextInt(4)) : end;
    long obligated = 0;
    long exercised = 0;
    LocalDate date = start;
    for (int i = 0; i < count; i++) {
      String[] cells = template.clone();
      String modification = modification(i);
      String actionCode;
      long obligation;
      long exercisedDelta = 0;
      long allDelta = 0;
      String text = description;
      if (i == 0) {
        actionCode = "";
        obligation = random.nextInt(100) < 70 ? base : base * (30 + random.nextInt(70)) / 100;
        exercisedDelta = base;
        allDelta = potential;
      } else {
        date = date.plusDays(1 + random.nextInt(120));
        int action = random.nextInt(100);
        if (action < 45) {
          actionCode = "C"; // funding only
          obligation = Math.max(100, base * (5 + random.nextInt(40)) / 100);
        } else if (action < 60) {
          actionCode = "G"; // exercise an option
          obligation = amountCents() / 4 + 100;
          exercisedDelta = obligation;
          end = end.plusYears(1);
        } else if (action < 72) {
          actionCode = "B"; // supplemental agreement for work within scope
          obligation = base * random.nextInt(20) / 100;
          exercisedDelta = obligation;
          allDelta = obligation;
        } else if (action < 92) {
          actionCode = "M"; // other administrative action
          obligation = 0;
        } else {
          actionCode = "K"; // close out: the rest is deobligated
          obligation = -Math.min(obligated, obligated * random.nextInt(30) / 100);
        }
        if (random.nextInt(100) < 60) {
          text = modificationText(actionCode, end);
        }
      }
      obligated += obligation;
      exercised += exercisedDelta;
      String transactionNumber = "0";
      set(
          cells,
          "contract_transaction_unique_key",
          agencyId
              + "_"
              + (parent == null ? NONE : parent.agencyId())
              + "_"
              + piid
              + "_"
              + modification
              + "_"
              + (parent == null ? NONE : parent.piid())
              + "_"
              + transactionNumber);
      set(cells, "modification_number", modification);
      set(cells, "transaction_number", transactionNumber);
      set(cells, "federal_action_obligation", money(obligation));
      set(cells, "total_dollars_obligated", money(obligated));
      set(cells, "base_and_exercised_options_value", money(exercisedDelta));
      set(cells, "current_total_value_of_award", money(Math.max(exercised, obligated)));
      set(cells, "base_and_all_options_value", money(allDelta));
      set(cells, "potential_total_value_of_award", money(Math.max(potential, exercised)));
      if (random.nextInt(100) < 20) {
        set(cells, "total_outlayed_amount_for_overall_award", money(obligated * 9 / 10));
      }
      set(cells, "action_date", date.toString());
      set(cells, "action_date_fiscal_year", Integer.toString(fiscalYear(date)));
      set(cells, "period_of_performance_start_date", start.toString());
      if (random.nextInt(100) < 98) {
        set(cells, "period_of_performance_current_end_date", end.toString());
        set(
            cells,
            "period_of_performance_potential_end_date",
            (potentialEnd.isAfter(end) ? potentialEnd : end) + " 00:00:00");
      }
      set(cells, "action_type_code", actionCode);
      set(cells, "action_type", ACTION_TYPES.getOrDefault(actionCode, ""));
      set(cells, "transaction_description", text);
      set(cells, "number_of_actions", "1");
      LocalDate reported = date.plusDays(random.nextInt(5));
      set(cells, "initial_report_date", reported.toString());
      set(
          cells,
          "last_modified_date",
          String.format(
              Locale.ROOT,
              "%s %02d:%02d:%02d",
              reported.plusDays(random.nextInt(30)),
              7 + random.nextInt(11),
              random.nextInt(60),
              random.nextInt(60)));
      writeRow(writer, line, cells);
    }
    return count;
  }

  /**
   * The IDV an order is placed under: mostly one of the ordering agency's own, else a GSA schedule
   * contract, which any agency orders from.
   */
  private Idv parentFor(Agency agency) {
    boolean own = random.nextInt(100) < 65;
    for (int tries = 0; tries < 50; tries++) {
      Idv idv = idvs[random.nextInt(IDVS)];
      if (own ? idv.agencyCode().equals(agency.code()) : idv.typeCode().equals("C")) {
        return idv;
      }
    }
    return idvs[random.nextInt(IDVS)];
  }

  private void agencyCells(String[] cells, Agency agency, SubAgency sub, Office office) {
    set(cells, "awarding_agency_code", agency.code());
    set(cells, "awarding_agency_name", agency.name());
    set(cells, "awarding_sub_agency_code", sub.code());
    set(cells, "awarding_sub_agency_name", sub.name());
    set(cells, "awarding_office_code", office.code());
    set(cells, "awarding_office_name", office.name());
    int funding = random.nextInt(100);
    if (funding < 2) {
      return; // no funding agency, as in 2% of the real rows
    }
    SubAgency fundingSub =
        funding < 5 ? agency.subAgencies().get(random.nextInt(agency.subAgencies().size())) : sub;
    Office fundingOffice =
        funding < 60 && fundingSub.equals(sub)
            ? office
            : fundingSub.offices().get(random.nextInt(fundingSub.offices().size()));
    set(cells, "funding_agency_code", agency.code());
    set(cells, "funding_agency_name", agency.name());
    set(cells, "funding_sub_agency_code", fundingSub.code());
    set(cells, "funding_sub_agency_name", fundingSub.name());
    set(cells, "funding_office_code", fundingOffice.code());
    set(cells, "funding_office_name", fundingOffice.name());
  }

  private void fundingAccounts(String[] cells, Agency agency, LocalDate start) {
    int year = fiscalYear(start);
    String account =
        String.format(Locale.ROOT, "%04d", 100 + Math.floorMod(agency.code().hashCode(), 5000));
    set(
        cells,
        "treasury_accounts_funding_this_award",
        agency.code() + "-" + year + "/" + year + "-" + account + "-000");
    set(cells, "federal_accounts_funding_this_award", agency.code() + "-" + account);
    set(
        cells,
        "object_classes_funding_this_award",
        OBJECT_CLASSES.get(random.nextInt(OBJECT_CLASSES.size())));
    if (random.nextBoolean()) {
      set(
          cells,
          "program_activities_funding_this_award",
          String.format(
              Locale.ROOT, "%04d: %s - MISSION SUPPORT", 1 + random.nextInt(9), agency.acronym()));
    }
  }

  private void recipientCells(String[] cells, Recipient recipient) {
    set(cells, "recipient_uei", recipient.uei());
    set(cells, "recipient_duns", recipient.duns());
    set(cells, "recipient_name", recipient.name());
    set(cells, "recipient_name_raw", recipient.nameRaw());
    set(cells, "recipient_doing_business_as_name", recipient.doingBusinessAs());
    set(cells, "cage_code", recipient.cage());
    Recipient parent = recipient.parent() != null ? recipient.parent() : recipient;
    set(cells, "recipient_parent_uei", parent.uei());
    set(cells, "recipient_parent_duns", parent.duns());
    set(cells, "recipient_parent_name", parent.name());
    set(cells, "recipient_parent_name_raw", parent.nameRaw());
    Place place = recipient.place();
    set(cells, "recipient_address_line_1", recipient.street());
    set(cells, "recipient_address_line_2", recipient.street2());
    set(cells, "recipient_city_name", place.city());
    set(cells, "recipient_country_code", place.countryCode());
    set(cells, "recipient_country_name", place.countryName());
    if (place.state().isEmpty()) {
      return;
    }
    set(cells, "prime_award_transaction_recipient_county_fips_code", place.countyFips());
    set(cells, "recipient_county_name", place.county());
    set(cells, "prime_award_transaction_recipient_state_fips_code", place.stateFips());
    set(cells, "recipient_state_code", place.state());
    set(cells, "recipient_state_name", place.stateName());
    set(cells, "recipient_zip_4_code", recipient.zip());
    set(cells, "prime_award_transaction_recipient_cd_original", place.district());
    set(cells, "prime_award_transaction_recipient_cd_current", place.district());
    set(cells, "recipient_phone_number", recipient.phone());
    set(cells, "recipient_fax_number", recipient.fax());
  }

  /** The place of performance: mostly the recipient's own city. */
  private Place placeCells(String[] cells, Recipient recipient) {
    Place place =
        random.nextInt(100) < 70 && !recipient.place().state().isEmpty()
            ? recipient.place()
            : PLACES.get(random.nextInt(PLACES.size()));
    set(cells, "primary_place_of_performance_country_code", place.countryCode());
    set(cells, "primary_place_of_performance_country_name", place.countryName());
    set(cells, "primary_place_of_performance_city_name", place.city());
    if (place.state().isEmpty()) {
      return place;
    }
    set(cells, "prime_award_transaction_place_of_performance_county_fips_code", place.countyFips());
    set(cells, "primary_place_of_performance_county_name", place.county());
    set(cells, "prime_award_transaction_place_of_performance_state_fips_code", place.stateFips());
    set(cells, "primary_place_of_performance_state_code", place.state());
    set(cells, "primary_place_of_performance_state_name", place.stateName());
    set(cells, "primary_place_of_performance_zip_4", place.zip3() + digits(6));
    set(cells, "prime_award_transaction_place_of_performance_cd_original", place.district());
    set(cells, "prime_award_transaction_place_of_performance_cd_current", place.district());
    return place;
  }

  private void flagCells(String[] cells, Recipient recipient) {
    for (int i = 0; i < flagPositions.length; i++) {
      cells[flagPositions[i]] = recipient.flags().get(i) ? "t" : "f";
    }
    set(cells, "contracting_officers_determination_of_business_size", recipient.size());
    set(
        cells,
        "contracting_officers_determination_of_business_size_code",
        recipient.size().startsWith("SMALL") ? "S" : "O");
    set(cells, "organizational_type", recipient.organizationalType());
  }

  private String description(Commodity what, Place performance) {
    StringBuilder text = new StringBuilder(80);
    int prefix = random.nextInt(100);
    if (prefix < 10) {
      text.append("IGF::OT::IGF ");
    } else if (prefix < 13) {
      text.append("IGF::CT::IGF ");
    }
    text.append(what.subjects().get(random.nextInt(what.subjects().size())));
    int suffix = random.nextInt(100);
    if (suffix < 25) {
      text.append(" LOCATED IN ").append(performance.city());
      if (!performance.state().isEmpty()) {
        text.append(", ").append(performance.state());
      }
    } else if (suffix < 33) {
      text.append(", ").append(SUFFIXES.get(random.nextInt(SUFFIXES.size())));
    } else if (suffix < 40) {
      text.append(" - PART # ").append(digits(5)).append(", ").append(1 + random.nextInt(900));
      text.append(" UNITS");
    } else if (suffix < 41) {
      text.append(" PER VENDOR QUOTE \"").append(digits(6)).append("-R 1/2\"");
    } else if (suffix < 42) {
      text.append(", INCLUDING 27\" MONITORS");
    }
    return text.toString();
  }

  private String modificationText(String actionCode, LocalDate end) {
    return switch (actionCode) {
      case "C" -> random.nextBoolean() ? "INCREMENTAL FUNDING" : "FUNDING ONLY ACTION";
      case "G" -> "EXERCISE OPTION PERIOD " + (1 + random.nextInt(4));
      case "B" -> "IN-SCOPE CHANGE, ADDITIONAL QUANTITIES";
      case "K" -> "DE-OBLIGATE REMAINING FUNDS AND CLOSE OUT";
      default ->
          random.nextBoolean()
              ? "ADMINISTRATIVE CHANGE, UPDATE COR AND POINTS OF CONTACT"
              : "EXTEND PERIOD OF PERFORMANCE THROUGH " + end;
    };
  }

  private String modification(int index) {
    if (index == 0) {
      return "0";
    }
    return random.nextInt(100) < 80
        ? String.format(Locale.ROOT, "P%05d", index)
        : Integer.toString(index);
  }

  /** An amount in cents, log-uniform from $300 to $20 million, as award values spread. */
  private long amountCents() {
    double dollars = Math.exp(5.7 + square(random.nextDouble()) * 11.1);
    return (long) (dollars * 100) + random.nextInt(100);
  }

  private static String money(long cents) {
    long abs = Math.abs(cents);
    return (cents < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
  }

  private static int fiscalYear(LocalDate date) {
    return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
  }

  private static double square(double x) {
    return x * x;
  }

  private String digits(int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }

  private static int pick(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int at = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      at -= weights[i];
      if (at < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private void set(String[] cells, String column, String value) {
    cells[at(column)] = value;
  }

  private int at(String column) {
    Integer position = positions.get(column);
    if (position == null) {
      throw new IllegalStateException("no column " + column + " in " + COLUMNS);
    }
    return position;
  }

  private static void writeRow(Writer writer, StringBuilder line, String[] cells)
      throws IOException {
    line.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      appendCell(line, cells[i]);
    }
    line.append("\r\n");
    writer.append(line);
  }

  /** Appends a cell, quoted when it holds a comma, a quote or a line break (quotes doubled). */
  private static void appendCell(StringBuilder line, String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  // ---------------------------------------------------------------- pools

  private void buildAgencies(SplittableRandom pools) {
    Set<String> codes = new HashSet<>();
    for (List<String> row : AGENCIES) {
      List<SubAgency> subs = new ArrayList<>();
      for (int i = 3; i < row.size(); i += 3) {
        String subCode = row.get(i);
        String prefix = row.get(i + 2);
        List<Office> offices = new ArrayList<>();
        for (List<String> known : KNOWN_OFFICES) {
          if (known.get(0).equals(subCode)) {
            offices.add(new Office(known.get(1), known.get(2)));
            codes.add(known.get(1));
          }
        }
        int more = 3 + pools.nextInt(5);
        for (int k = 0; k < more; k++) {
          String code;
          do {
            code = prefix + randomCode(pools, 6 - prefix.length());
          } while (!codes.add(code));
          offices.add(new Office(code, officeName(pools)));
        }
        subs.add(new SubAgency(subCode, row.get(i + 1), List.copyOf(offices)));
      }
      agencies.add(
          new Agency(
              row.get(0),
              row.get(1),
              row.get(2),
              AGENCY_WEIGHTS.get(agencies.size()),
              List.copyOf(subs)));
    }
  }

  private static String officeName(SplittableRandom pools) {
    String city = PLACES.get(pools.nextInt(PLACES.size())).city();
    return switch (pools.nextInt(5)) {
      case 0 -> "MISSION SUPPORT " + city;
      case 1 -> city + " CONTRACTING OFFICE";
      case 2 -> "REGIONAL PROCUREMENT OFFICE - " + city;
      case 3 -> "ACQUISITION DIVISION " + (1 + pools.nextInt(9));
      default -> DIVISIONS.get(pools.nextInt(DIVISIONS.size()));
    };
  }

  private static String randomCode(SplittableRandom pools, int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(UEI_CHARS.charAt(pools.nextInt(UEI_CHARS.length())));
    }
    return code.toString();
  }

  private static String digitsOf(SplittableRandom pools, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + pools.nextInt(10)));
    }
    return text.toString();
  }

  /** A company with a unique UEI; {@code parent} null makes it its own ultimate parent. */
  private static Recipient company(
      SplittableRandom pools, Set<String> ueis, @Nullable Recipient parent, boolean isParent) {
    String uei;
    do {
      // a UEI has 12 characters, no I or O, and does not start with 0
      uei = UEI_CHARS.charAt(pools.nextInt(UEI_CHARS.length() - 1)) + randomCode(pools, 11);
    } while (!ueis.add(uei));
    String duns = pools.nextInt(100) < 85 ? digitsOf(pools, 9) : "";
    StringBuilder base = new StringBuilder(40);
    base.append(NAME_WORDS.get(pools.nextInt(NAME_WORDS.size())));
    if (pools.nextInt(100) < 70) {
      base.append(' ').append(NAME_TRADES.get(pools.nextInt(NAME_TRADES.size())));
    }
    List<String> kinds = isParent ? PARENT_KINDS : NAME_KINDS;
    base.append(' ').append(kinds.get(pools.nextInt(kinds.size())));
    String form = FORMS.get(pools.nextInt(FORMS.size()));
    boolean comma = form.startsWith("INC") || form.startsWith("L");
    String name = base + (comma && pools.nextBoolean() ? ", " : " ") + form;
    if (pools.nextInt(100) < 1) {
      name = name + ", THE";
    }
    String nameRaw = name;
    int variant = pools.nextInt(100);
    if (variant < 25) {
      nameRaw = name.replace(",", "").replace(".", "").replace("CORPORATION", "CORP");
    } else if (variant < 30) {
      nameRaw = name.replace(", ", "  "); // FPDS often has a double space where a comma was
    }
    Place place =
        pools.nextInt(100) < 2
            ? FOREIGN.get(pools.nextInt(FOREIGN.size()))
            : PLACES.get(pools.nextInt(PLACES.size()));
    boolean domestic = !place.state().isEmpty();
    String street =
        (1 + pools.nextInt(9999))
            + " "
            + STREETS.get(pools.nextInt(STREETS.size()))
            + (pools.nextInt(100) < 15 ? " STE " + (100 + pools.nextInt(900)) : "");
    String street2 = pools.nextInt(100) < 2 ? "SUITE " + (100 + pools.nextInt(900)) : "";
    String zip = domestic ? place.zip3() + digitsOf(pools, 6) : "";
    boolean phone = domestic && pools.nextInt(100) < 63;
    String area = AREA_CODES.get(pools.nextInt(AREA_CODES.size()));
    BitSet flags = new BitSet(FLAGS.size());
    for (int i = 0; i < FLAGS.size(); i++) {
      String flag = FLAGS.get(i);
      int perMille = Integer.parseInt(flag.substring(flag.indexOf('|') + 1));
      flags.set(i, pools.nextInt(1000) < perMille);
    }
    boolean small = pools.nextInt(100) < 40;
    return new Recipient(
        uei,
        duns,
        name,
        nameRaw,
        pools.nextInt(100) < 1 ? base + " GOVERNMENT SERVICES" : "",
        pools.nextInt(100) < 31 ? randomCode(pools, 5) : "",
        parent,
        place,
        street,
        street2,
        zip,
        phone ? area + digitsOf(pools, 7) : "",
        phone && pools.nextBoolean() ? area + digitsOf(pools, 7) : "",
        flags,
        small ? "SMALL BUSINESS" : "OTHER THAN SMALL BUSINESS",
        pools.nextInt(100) < 27
            ? ORGANIZATIONAL_TYPES.get(pools.nextInt(ORGANIZATIONAL_TYPES.size()))
            : "");
  }

  /** A parent award: an agency's IDC or BPA, or a GSA schedule contract. */
  private Idv idv(SplittableRandom pools, int index) {
    if (pools.nextInt(100) < 30) {
      String piid =
          String.format(
              Locale.ROOT,
              "GS-%02dF-%04d%c",
              10 + pools.nextInt(80),
              index,
              (char) ('A' + pools.nextInt(26)));
      return new Idv("047", piid, "4732", "FEDERAL ACQUISITION SERVICE", "C", "FSS", true);
    }
    Agency agency = agencies.get(pick(pools, agencyWeights));
    SubAgency sub = agency.subAgencies().get(pools.nextInt(agency.subAgencies().size()));
    Office office = sub.offices().get(pools.nextInt(sub.offices().size()));
    boolean bpa = pools.nextInt(100) < 25;
    String piid =
        office.code()
            + String.format(Locale.ROOT, "%02d", 8 + pools.nextInt(17))
            + (bpa ? "A" : "D")
            + String.format(Locale.ROOT, "%05d", index);
    return new Idv(
        agency.code(),
        piid,
        sub.code(),
        sub.name().toUpperCase(Locale.ROOT),
        bpa ? "E" : "B",
        bpa ? "BPA" : "IDC",
        pools.nextInt(100) < 40);
  }

  private List<Coded> resolve(List<Spec> specs) {
    List<Coded> resolved = new ArrayList<>(specs.size());
    for (Spec spec : specs) {
      String label = spec.labelColumn();
      resolved.add(
          new Coded(at(spec.codeColumn()), label == null ? -1 : at(label), spec.percent(), spec));
    }
    return List.copyOf(resolved);
  }

  // ---------------------------------------------------------------- value types

  /** A coded column (and its description column, when it has one), resolved to positions. */
  private static final class Coded {
    private final int codePosition;
    private final int labelPosition;
    private final int percent;
    private final String[] codes;
    private final String[] labels;
    private final int[] weights;
    private final int total;

    Coded(int codePosition, int labelPosition, int percent, Spec spec) {
      this.codePosition = codePosition;
      this.labelPosition = labelPosition;
      this.percent = percent;
      int n = spec.choices().size();
      this.codes = new String[n];
      this.labels = new String[n];
      this.weights = new int[n];
      int sum = 0;
      for (int i = 0; i < n; i++) {
        String choice = spec.choices().get(i);
        int first = choice.indexOf('|');
        int last = choice.lastIndexOf('|');
        codes[i] = choice.substring(0, first);
        labels[i] = choice.substring(first + 1, last);
        weights[i] = Integer.parseInt(choice.substring(last + 1));
        sum += weights[i];
      }
      this.total = sum;
    }

    /** Fills the column (or not, as often as the real rows leave it empty). */
    void fill(String[] cells, SplittableRandom random) {
      if (random.nextInt(100) >= percent) {
        return;
      }
      int at = random.nextInt(total);
      int i = 0;
      while (at >= weights[i]) {
        at -= weights[i];
        i++;
      }
      cells[codePosition] = codes[i];
      if (labelPosition >= 0) {
        cells[labelPosition] = labels[i];
      }
    }
  }

  private record Agency(
      String code, String name, String acronym, int weight, List<SubAgency> subAgencies) {}

  private record SubAgency(String code, String name, List<Office> offices) {}

  private record Office(String code, String name) {}

  /** A parent award (IDV) that orders are placed under. */
  private record Idv(
      String agencyCode,
      String piid,
      String agencyId,
      String agencyName,
      String typeCode,
      String type,
      boolean multiple) {}

  /** A company; {@code parent} is null when it is its own ultimate parent. */
  private record Recipient(
      String uei,
      String duns,
      String name,
      String nameRaw,
      String doingBusinessAs,
      String cage,
      @Nullable Recipient parent,
      Place place,
      String street,
      String street2,
      String zip,
      String phone,
      String fax,
      BitSet flags,
      String size,
      String organizationalType) {}
}
