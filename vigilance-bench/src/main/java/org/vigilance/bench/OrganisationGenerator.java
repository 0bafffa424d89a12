package org.vigilance.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.resolution.Identifier;
import org.vigilance.core.resolution.MatchRecord;

/**
 * Seeded organisation records from several sources, with the truth (which records are one
 * organisation): the input of {@code bench xref}. The same seed and count always give the same
 * records in the same order.
 *
 * <p><b>Organisations.</b> A name is a brand (one invented word of three or four syllables, or two
 * words of two) with up to two words of trade ({@code Logistics}, {@code Federal Services}) and a
 * legal form of its country; 3 % have a generic name made of trade and place words only ({@code
 * Midwest Security Services}), so that distinct organisations of one country share a name, as they
 * do in the world. Countries: {@value #COUNTRY_TABLE}. Russian, Ukrainian and Bulgarian
 * organisations have a name in Cyrillic. An address (number, street, city), and identifiers: a LEI
 * (with valid check digits) for 25 %, a UEI for half of the American ones, a national registration
 * number for 60 % of the others. 8 % of organisations have one to three subsidiaries, distinct
 * organisations: the brand with a country ({@code Acme Deutschland GmbH}, in that country), with a
 * trade ({@code Acme Logistics LLC}), or, for 15 % of them, the very name of the parent with
 * another legal form at the parent's address ({@code Acme LLC} of {@code Acme Inc}).
 *
 * <p><b>Records.</b> Each organisation appears in one to five of {@value #SOURCES} sources (35 %,
 * 30 %, 20 %, 10 %, 5 %), at most once in each, as a record with its own id. Each source publishes
 * identifiers, addresses and parent names with its own probabilities (missing identifiers are the
 * rule, not the exception), and each record varies the name independently: the legal form spelt
 * another way (always drawn), left out (10 %) or replaced by another of the country (5 %); upper,
 * title or lower case; a comma before the legal form; {@code &} for {@code and}; a leading {@code
 * The} (5 %); one typo in a word of five letters or more (6 %); an abbreviation ({@code Intl},
 * {@code Mfg}, {@code Svcs}, {@code Tech}, {@code Sys}: 15 % of the names that have such a word);
 * two words swapped (2 %); the country missing (3 %). A Cyrillic name is written in Cyrillic by
 * three of the sources (two of them adding a romanised alias) and romanised by the others: BGN/PCGN
 * (75 %) or the passport system ICAO 9303 (25 %). A subsidiary's record names its parent ({@code
 * parentNames}) in 50 % of the records of sources that publish parents, and gives its parent's id
 * in the same source when there is one (50 %).
 */
final class OrganisationGenerator {
  static final int SOURCES = 8;
  static final String COUNTRY_TABLE =
      "us 40 %, gb 10 %, de 8 %, fr 7 %, ca 5 %, es 5 %, it 4 %, nl 3 %, ru 8 %, ua 5 %, bg 5 %";

  private static final String[] COUNTRIES = {
    "us", "gb", "de", "fr", "ca", "es", "it", "nl", "ru", "ua", "bg"
  };
  private static final int[] COUNTRY_WEIGHTS = {40, 10, 8, 7, 5, 5, 4, 3, 8, 5, 5};

  /** Legal forms by country: each row one form, its spellings. */
  private static final String[][][] FORMS = {
    // us
    {
      {"Inc", "Inc.", "Incorporated", "INC"},
      {"LLC", "L.L.C.", "Limited Liability Company"},
      {"Corp", "Corp.", "Corporation"},
      {"Co", "Co.", "Company"}
    },
    // gb
    {{"Ltd", "Ltd.", "Limited"}, {"PLC", "plc", "Public Limited Company"}, {"LLP"}},
    // de
    {{"GmbH", "Gesellschaft mit beschränkter Haftung"}, {"AG", "Aktiengesellschaft"}},
    // fr
    {{"SA", "S.A.", "Société Anonyme"}, {"SAS", "S.A.S."}, {"SARL", "S.A.R.L."}},
    // ca
    {{"Inc", "Inc.", "Incorporated"}, {"Ltd", "Ltd.", "Limited"}},
    // es
    {{"SA", "S.A.", "Sociedad Anónima"}, {"SL", "S.L.", "Sociedad Limitada"}},
    // it
    {{"SpA", "S.p.A.", "Società per Azioni"}, {"Srl", "S.r.l."}},
    // nl
    {{"BV", "B.V."}, {"NV", "N.V."}},
    // ru
    {{"ООО", "Общество с ограниченной ответственностью"}, {"АО", "ПАО", "Акционерное общество"}},
    // ua
    {{"ТОВ"}, {"АТ", "ПАТ"}},
    // bg
    {{"ООД"}, {"АД", "ЕАД"}}
  };

  /** How English-language sources often translate the Cyrillic forms (ru, ua, bg; by form). */
  private static final String[][] ENGLISH_FORMS = {{"LLC", "JSC"}, {"LLC", "JSC"}, {"Ltd", "JSC"}};

  private static final String[] TRADES = {
    "Logistics",
    "Solutions",
    "Services",
    "Systems",
    "Technologies",
    "Group",
    "International",
    "Holdings",
    "Trading",
    "Construction",
    "Consulting",
    "Engineering",
    "Security",
    "Defense",
    "Energy",
    "Medical",
    "Foods",
    "Analytics",
    "Software",
    "Manufacturing",
    "Industries",
    "Partners",
    "Associates",
    "Global",
    "Capital",
    "Transport",
    "Aviation",
    "Marine",
    "Data",
    "Networks",
    "Federal",
    "Research",
    "Supply",
    "Electric",
    "Chemicals",
    "Textiles",
    "Pharma",
    "Media",
    "Telecom",
    "Robotics"
  };
  private static final String[] CYRILLIC_TRADES = {
    "Завод",
    "Торговый Дом",
    "Строй",
    "Нефть",
    "Энерго",
    "Транс",
    "Сервис",
    "Техника",
    "Холдинг",
    "Групп",
    "Снаб",
    "Металл",
    "Промышленность",
    "Связь",
    "Инвест"
  };
  private static final String[] PLACES = {
    "Midwest", "Northern", "Southern", "Eastern", "Western", "Pacific", "Atlantic", "Central",
    "National", "American", "United", "Metro", "Coastal", "Mountain", "Valley", "Capital City"
  };
  private static final String[] SUBSIDIARY_COUNTRY_WORD = {
    "USA",
    "UK",
    "Deutschland",
    "France",
    "Canada",
    "España",
    "Italia",
    "Nederland",
    "Rus",
    "Ukraine",
    "Bulgaria"
  };
  private static final String[] CYRILLIC_COUNTRY_WORD = {"Рус", "Україна", "България"};
  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "ch", "cl", "dr", "gr", "kr", "pl", "st", "tr", "sh", "th", "x", ""
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "x", "l", "m", "t"};
  private static final String[] CYRILLIC_ONSETS = {
    "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш",
    "щ", "бр", "гр", "кр", "пр", "ст", "тр", ""
  };
  private static final String[] CYRILLIC_VOWELS = {
    "а", "е", "и", "о", "у", "ы", "ю", "я", "ай", "ей", "ой", "ё"
  };
  private static final String[] STREETS = {
    "Main",
    "Oak",
    "Maple",
    "Park",
    "Lake",
    "Hill",
    "Church",
    "Mill",
    "River",
    "Station",
    "King",
    "Queen",
    "Market",
    "Bridge",
    "Commerce",
    "Industrial",
    "Harbor",
    "Airport",
    "Garden",
    "Union"
  };
  private static final String[][] STREET_TYPES = {
    {"Street", "St", "St."},
    {"Avenue", "Ave", "Ave."},
    {"Road", "Rd"},
    {"Drive", "Dr"},
    {"Boulevard", "Blvd"},
    {"Way"}
  };

  /** Cities by country (in the order of {@link #COUNTRIES}). */
  private static final String[][] CITIES = {
    {
      "Springfield",
      "Riverside",
      "Franklin",
      "Greenville",
      "Clinton",
      "Fairview",
      "Salem",
      "Madison",
      "Georgetown",
      "Arlington",
      "Ashland",
      "Burlington",
      "Lexington",
      "Dover",
      "Milton"
    },
    {"Bristol", "Manchester", "Oxford", "Chester", "Kingston", "Newport", "Leeds"},
    {"Hamburg", "Bremen", "Köln", "Leipzig"},
    {"Lyon", "Lille", "Nantes", "Rennes"},
    {"Toronto", "Ottawa", "Halifax"},
    {"Valencia", "Sevilla", "Bilbao"},
    {"Torino", "Milano", "Bologna"},
    {"Utrecht", "Delft", "Leiden"},
    {"Kazan", "Samara", "Tver"},
    {"Lviv", "Odesa", "Poltava"},
    {"Varna", "Plovdiv", "Burgas"}
  };

  /** Abbreviations of trade words, the first ones known to the normaliser, the last not. */
  private static final String[][] ABBREVIATIONS = {
    {"International", "Intl"},
    {"Manufacturing", "Mfg"},
    {"Services", "Svcs"},
    {"Associates", "Assoc"},
    {"Technologies", "Tech"},
    {"Systems", "Sys"},
    {"National", "Natl"}
  };

  /** What each source publishes. */
  private record Profile(
      String name,
      double lei,
      double uei,
      double registration,
      double address,
      double parents,
      boolean nativeScript,
      boolean romanisedAlias) {}

  private static final Profile[] PROFILES = {
    new Profile("procurement-us", 0.1, 0.8, 0.1, 0.9, 0.7, false, false),
    new Profile("procurement-eu", 0.2, 0.0, 0.6, 0.8, 0.3, false, false),
    new Profile("registry", 0.9, 0.0, 0.9, 0.95, 0.5, true, true),
    new Profile("sanctions", 0.3, 0.2, 0.3, 0.4, 0.5, true, true),
    new Profile("news", 0.0, 0.0, 0.0, 0.2, 0.3, false, false),
    new Profile("ocds", 0.1, 0.1, 0.5, 0.7, 0.2, false, false),
    new Profile("reports", 0.5, 0.1, 0.2, 0.6, 0.8, false, false),
    new Profile("local-registry", 0.2, 0.0, 0.95, 0.9, 0.6, true, false)
  };

  /** An organisation of the truth. */
  private record Organisation(
      int id,
      int country,
      boolean cyrillic,
      List<String> words,
      int form,
      String address,
      String lei,
      String uei,
      String registration,
      int parent) {}

  /** Generated records and their truth (the arrays are the caller's). */
  static final class Generated {
    private final List<MatchRecord> records;
    private final int[] truth;
    private final int[][] sources;
    private final int[] parentOf;
    private final List<String> sourceNames;

    Generated(
        List<MatchRecord> records,
        int[] truth,
        int[][] sources,
        int[] parentOf,
        List<String> sourceNames) {
      this.records = records;
      this.truth = truth;
      this.sources = sources;
      this.parentOf = parentOf;
      this.sourceNames = sourceNames;
    }

    /** The records, in generation order. */
    List<MatchRecord> records() {
      return records;
    }

    /** For each record, its organisation's number. */
    int[] truth() {
      return truth;
    }

    /** For each record, its source's number (one each). */
    int[][] sources() {
      return sources;
    }

    /** For each organisation, its parent organisation's number, or -1. */
    int[] parentOf() {
      return parentOf;
    }

    /** The sources' names, by number. */
    List<String> sourceNames() {
      return sourceNames;
    }

    int organisations() {
      return parentOf.length;
    }

    long subsidiaries() {
      return Arrays.stream(parentOf).filter(p -> p >= 0).count();
    }
  }

  private final long seed;

  OrganisationGenerator(long seed) {
    this.seed = seed;
  }

  /** Generates {@code count} records. */
  Generated generate(int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MatchRecord> records = new ArrayList<>(count);
    int[] truth = new int[count];
    int[][] sources = new int[count][];
    List<Integer> parentOf = new ArrayList<>();
    int[] sequence = new int[SOURCES];
    List<Organisation> pending = new ArrayList<>();
    while (records.size() < count) {
      if (pending.isEmpty()) {
        Organisation o = organisation(random, parentOf.size(), -1, null);
        parentOf.add(-1);
        pending.add(o);
        if (random.nextDouble() < 0.08 && !isPlace(o.words().get(0))) {
          int subsidiaries = 1 + random.nextInt(3);
          Set<String> names = new java.util.HashSet<>();
          names.add(o.country() + " " + o.words() + " " + o.form());
          for (int s = 0; s < subsidiaries; s++) {
            Organisation sub = organisation(random, parentOf.size(), o.id(), o);
            // two subsidiaries of one parent never share a name (in a country, with a form)
            if (names.add(sub.country() + " " + sub.words() + " " + sub.form())) {
              parentOf.add(o.id());
              pending.add(sub);
            }
          }
        }
      }
      // the parent first, so that its subsidiaries can name its records' ids
      Organisation o = pending.remove(0);
      int appearances = appearances(random);
      int[] chosen = choose(random, appearances);
      for (int source : chosen) {
        if (records.size() == count) {
          break;
        }
        String id = PROFILES[source].name() + ":" + sequence[source]++;
        records.add(record(random, o, source, id, records, truth));
        truth[records.size() - 1] = o.id();
        sources[records.size() - 1] = new int[] {source};
      }
    }
    return new Generated(
        List.copyOf(records),
        truth,
        sources,
        parentOf.stream().mapToInt(Integer::intValue).toArray(),
        Arrays.stream(PROFILES).map(Profile::name).toList());
  }

  private static int appearances(SplittableRandom random) {
    double x = random.nextDouble();
    return x < 0.35 ? 1 : x < 0.65 ? 2 : x < 0.85 ? 3 : x < 0.95 ? 4 : 5;
  }

  private static int[] choose(SplittableRandom random, int k) {
    int[] all = new int[SOURCES];
    for (int i = 0; i < SOURCES; i++) {
      all[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(SOURCES - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = Arrays.copyOf(all, k);
    Arrays.sort(chosen);
    return chosen;
  }

  /** An organisation with its identifiers drawn: an LEI, a UEI (US only), a registration. */
  private static Organisation withIdentifiers(
      SplittableRandom random,
      int id,
      int country,
      boolean cyrillic,
      List<String> words,
      int form,
      String address,
      int parentId) {
    return new Organisation(
        id,
        country,
        cyrillic,
        List.copyOf(words),
        form,
        address,
        random.nextDouble() < 0.25 ? lei(random) : "",
        country == 0 && random.nextDouble() < 0.5 ? uei(random) : "",
        country != 0 && random.nextDouble() < 0.6 ? registration(random, country) : "",
        parentId);
  }

  private Organisation organisation(
      SplittableRandom random, int id, int parentId, @Nullable Organisation parent) {
    int country = parent == null ? weighted(random, COUNTRY_WEIGHTS) : parent.country();
    List<String> words = new ArrayList<>();
    int form;
    String address;
    if (parent == null) {
      boolean cyrillic = country >= 8;
      if (random.nextDouble() < 0.03) {
        // generic: trade and place words only, shared by unrelated organisations
        words.add(PLACES[random.nextInt(PLACES.length)]);
        words.add(TRADES[random.nextInt(12)]);
        if (random.nextBoolean()) {
          words.add(TRADES[random.nextInt(12)]);
        }
        cyrillic = false;
      } else if (cyrillic) {
        words.add(capitalise(cyrillicWord(random, 2 + random.nextInt(2))));
        if (random.nextDouble() < 0.6) {
          words.add(CYRILLIC_TRADES[random.nextInt(CYRILLIC_TRADES.length)]);
        }
      } else {
        if (random.nextDouble() < 0.8) {
          words.add(capitalise(word(random, 3 + random.nextInt(2))));
        } else {
          words.add(capitalise(word(random, 2)));
          words.add(capitalise(word(random, 2)));
        }
        int trades = random.nextDouble() < 0.3 ? 0 : random.nextDouble() < 0.7 ? 1 : 2;
        for (int t = 0; t < trades; t++) {
          words.add(TRADES[random.nextInt(TRADES.length)]);
        }
      }
      form = random.nextInt(FORMS[country].length);
      address = address(random, country);
      return withIdentifiers(random, id, country, cyrillic, words, form, address, parentId);
    }
    // a subsidiary: the parent's brand with a country, with a trade, or the same name
    double kind = random.nextDouble();
    words.addAll(parent.words().subList(0, parent.cyrillic() ? 1 : brandLength(parent)));
    address = address(random, country);
    boolean cyrillic = parent.cyrillic();
    if (kind < 0.5) {
      country = weighted(random, COUNTRY_WEIGHTS);
      cyrillic = cyrillic && country >= 8;
      words.add(cyrillic ? CYRILLIC_COUNTRY_WORD[country - 8] : SUBSIDIARY_COUNTRY_WORD[country]);
      if (parent.cyrillic() && !cyrillic) {
        words.set(0, romanise(words.get(0), true));
      }
      address = address(random, country);
      form = random.nextInt(FORMS[country].length);
    } else if (kind < 0.85) {
      String trade;
      do {
        trade = cyrillic ? CYRILLIC_TRADES[random.nextInt(CYRILLIC_TRADES.length)] : trade(random);
      } while (parent.words().contains(trade));
      words.add(trade);
      form = random.nextInt(FORMS[country].length);
    } else {
      words.clear();
      words.addAll(parent.words());
      address = parent.address();
      form = FORMS[country].length > 1 ? (parent.form() + 1) % FORMS[country].length : 0;
    }
    return withIdentifiers(random, id, country, cyrillic, words, form, address, parentId);
  }

  private static String trade(SplittableRandom random) {
    return TRADES[random.nextInt(TRADES.length)];
  }

  /** How many leading words are the brand (one invented word, or two of two syllables). */
  private static int brandLength(Organisation o) {
    if (o.words().size() >= 2 && !isTrade(o.words().get(1)) && !isPlace(o.words().get(0))) {
      return 2;
    }
    return 1;
  }

  private static boolean isTrade(String w) {
    return Arrays.asList(TRADES).contains(w);
  }

  private static boolean isPlace(String w) {
    return Arrays.asList(PLACES).contains(w);
  }

  /** One record of an organisation in a source. */
  private MatchRecord record(
      SplittableRandom random,
      Organisation o,
      int source,
      String id,
      List<MatchRecord> records,
      int[] truth) {
    Profile p = PROFILES[source];
    List<String> names = new ArrayList<>();
    if (o.cyrillic() && p.nativeScript()) {
      names.add(name(random, o, o.words(), true));
      if (p.romanisedAlias()) {
        names.add(name(random, o, romanised(random, o.words()), false));
      }
    } else {
      names.add(name(random, o, o.cyrillic() ? romanised(random, o.words()) : o.words(), false));
    }
    Set<String> countries = new LinkedHashSet<>();
    if (random.nextDouble() >= 0.03) {
      countries.add(COUNTRIES[o.country()]);
    }
    List<String> addresses = new ArrayList<>();
    if (random.nextDouble() < p.address()) {
      addresses.add(vary(random, o.address()));
    }
    List<Identifier> ids = new ArrayList<>();
    if (!o.lei().isEmpty() && random.nextDouble() < p.lei()) {
      ids.add(Identifier.of("lei", o.lei()));
    }
    if (!o.uei().isEmpty() && random.nextDouble() < p.uei()) {
      ids.add(Identifier.of("uei", o.uei()));
    }
    if (!o.registration().isEmpty() && random.nextDouble() < p.registration()) {
      int colon = o.registration().indexOf(':');
      ids.add(
          Identifier.of(
              o.registration().substring(0, colon), o.registration().substring(colon + 1)));
    }
    Set<String> parents = new LinkedHashSet<>();
    List<String> parentNames = new ArrayList<>();
    if (o.parent() >= 0 && random.nextDouble() < p.parents()) {
      for (int i = records.size() - 1; i >= 0 && i >= records.size() - 64; i--) {
        if (truth[i] == o.parent()) {
          MatchRecord r = records.get(i);
          if (r.id().startsWith(p.name() + ":") && random.nextBoolean()) {
            parents.add(r.id());
          }
          if (parentNames.isEmpty() && random.nextBoolean()) {
            parentNames.add(r.names().get(0));
          }
        }
      }
    }
    return new MatchRecord(id, "Company", names, countries, addresses, ids, parents, parentNames);
  }

  /** A name as one record writes it. */
  private String name(
      SplittableRandom random, Organisation o, List<String> base, boolean cyrillic) {
    List<String> words = new ArrayList<>(base);
    if (!cyrillic) {
      if (random.nextDouble() < 0.15) {
        for (int i = 0; i < words.size(); i++) {
          for (String[] a : ABBREVIATIONS) {
            if (words.get(i).equals(a[0])) {
              words.set(i, a[1]);
            }
          }
        }
      }
      if (random.nextDouble() < 0.06) {
        typo(random, words);
      }
      if (words.size() >= 2 && random.nextDouble() < 0.02) {
        int i = random.nextInt(words.size() - 1);
        String t = words.get(i);
        words.set(i, words.get(i + 1));
        words.set(i + 1, t);
      }
      if (random.nextDouble() < 0.05) {
        words.add(0, "The");
      }
    }
    String form = "";
    double f = random.nextDouble();
    String[][] forms = FORMS[o.country()];
    if (f >= 0.10) {
      String[] spellings =
          f < 0.15 && forms.length > 1
              ? forms[(o.form() + 1 + random.nextInt(forms.length - 1)) % forms.length]
              : forms[o.form()];
      form = spellings[random.nextInt(spellings.length)];
      if (!cyrillic && o.cyrillic()) {
        form =
            random.nextDouble() < 0.3
                ? ENGLISH_FORMS[o.country() - 8][f < 0.15 ? 0 : o.form()]
                : romanise(form, random.nextDouble() < 0.75);
      }
    }
    String name = String.join(" ", words);
    if (!form.isEmpty()) {
      boolean before = cyrillic && random.nextDouble() < 0.7;
      if (before) {
        name = form + " \"" + name + "\"";
      } else {
        name = name + (random.nextDouble() < 0.3 ? ", " : " ") + form;
      }
    }
    if (random.nextDouble() < 0.2) {
      name = name.replace(" and ", " & ");
    }
    double c = random.nextDouble();
    if (c < 0.4) {
      name = name.toUpperCase(Locale.ROOT);
    } else if (c < 0.45) {
      name = name.toLowerCase(Locale.ROOT);
    }
    return name;
  }

  private List<String> romanised(SplittableRandom random, List<String> words) {
    boolean bgn = random.nextDouble() < 0.75;
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(romanise(w, bgn));
    }
    return out;
  }

  private static void typo(SplittableRandom random, List<String> words) {
    List<Integer> long5 = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).length() >= 5) {
        long5.add(i);
      }
    }
    if (long5.isEmpty()) {
      return;
    }
    int i = long5.get(random.nextInt(long5.size()));
    StringBuilder w = new StringBuilder(words.get(i));
    int at = 1 + random.nextInt(w.length() - 2);
    switch (random.nextInt(4)) {
      case 0 -> w.setCharAt(at, (char) ('a' + random.nextInt(26)));
      case 1 -> w.deleteCharAt(at);
      case 2 -> w.insert(at, (char) ('a' + random.nextInt(26)));
      default -> {
        char t = w.charAt(at);
        w.setCharAt(at, w.charAt(at + 1));
        w.setCharAt(at + 1, t);
      }
    }
    words.set(i, w.toString());
  }

  private static String address(SplittableRandom random, int country) {
    String[] type = STREET_TYPES[random.nextInt(STREET_TYPES.length)];
    return (1 + random.nextInt(9_999))
        + " "
        + STREETS[random.nextInt(STREETS.length)]
        + " "
        + type[0]
        + ", "
        + CITIES[country][random.nextInt(CITIES[country].length)];
  }

  /** Another spelling of an address: street types abbreviated, a suite, upper case. */
  private static String vary(SplittableRandom random, String address) {
    String a = address;
    for (String[] type : STREET_TYPES) {
      if (type.length > 1 && a.contains(" " + type[0] + ",") && random.nextBoolean()) {
        a = a.replace(" " + type[0] + ",", " " + type[1 + random.nextInt(type.length - 1)] + ",");
      }
    }
    if (random.nextDouble() < 0.15) {
      int comma = a.indexOf(',');
      a = a.substring(0, comma) + " Suite " + (100 + random.nextInt(900)) + a.substring(comma);
    }
    if (random.nextDouble() < 0.4) {
      a = a.toUpperCase(Locale.ROOT);
    }
    return a;
  }

  private static int weighted(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String word(SplittableRandom random, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(ONSETS[random.nextInt(ONSETS.length)]);
      b.append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    b.append(CODAS[random.nextInt(CODAS.length)]);
    return b.toString();
  }

  private static String cyrillicWord(SplittableRandom random, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      b.append(CYRILLIC_ONSETS[random.nextInt(CYRILLIC_ONSETS.length)]);
      b.append(CYRILLIC_VOWELS[random.nextInt(CYRILLIC_VOWELS.length)]);
    }
    b.append(random.nextBoolean() ? "н" : random.nextBoolean() ? "в" : "");
    return b.toString();
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  /**
   * Romanises Cyrillic: BGN/PCGN ({@code ж zh, й y, х kh, ц ts, ю yu, я ya}, {@code е} as {@code
   * ye} at the start of a word and after a vowel) or ICAO 9303 ({@code й i, ю iu, я ia, е e}).
   */
  static String romanise(String text, boolean bgn) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = Character.toLowerCase(c);
      boolean upper = c != lower;
      boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
      boolean afterVowel = i > 0 && "аеёиоуыэюяАЕЁИОУЫЭЮЯ".indexOf(text.charAt(i - 1)) >= 0;
      String r =
          switch (lower) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> "g";
            case 'д' -> "d";
            case 'е' -> bgn && (wordStart || afterVowel) ? "ye" : "e";
            case 'ё' -> bgn ? "yo" : "e";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> "i";
            case 'й' -> bgn ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ъ' -> bgn ? "" : "ie";
            case 'ы' -> "y";
            case 'ь' -> "";
            case 'э' -> "e";
            case 'ю' -> bgn ? "yu" : "iu";
            case 'я' -> bgn ? "ya" : "ia";
            default -> String.valueOf(c);
          };
      if (upper && !r.isEmpty()) {
        boolean nextUpper = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
        r = nextUpper ? r.toUpperCase(Locale.ROOT) : capitalise(r);
      }
      b.append(r);
    }
    return b.toString();
  }

  private static final String LEI_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String UEI_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

  /** A LEI with valid check digits (ISO 17442). */
  static String lei(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      b.append(LEI_CHARS.charAt(random.nextInt(10, 36)));
    }
    b.append("00");
    for (int i = 0; i < 12; i++) {
      b.append(LEI_CHARS.charAt(random.nextInt(LEI_CHARS.length())));
    }
    int remainder = 0;
    String digits = b + "00";
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int n = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = n >= 10 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
    }
    int check = 98 - remainder;
    return b.toString() + (check < 10 ? "0" : "") + check;
  }

  private static String uei(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    b.append(UEI_CHARS.charAt(random.nextInt(UEI_CHARS.length() - 10)));
    for (int i = 1; i < 12; i++) {
      b.append(UEI_CHARS.charAt(random.nextInt(UEI_CHARS.length())));
    }
    return b.toString();
  }

  private static String registration(SplittableRandom random, int country) {
    return switch (COUNTRIES[country]) {
      case "gb" -> "GB-COH:" + digits(random, 8);
      case "fr" -> "FR-RCS:" + digits(random, 9);
      case "ru" -> "ru-ogrn:1" + digits(random, 12);
      default -> "registration:" + digits(random, 8);
    };
  }

  private static String digits(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }
}
