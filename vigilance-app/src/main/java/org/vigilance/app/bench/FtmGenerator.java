package org.vigilance.app.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a seeded, realistic FtM entity JSON Lines file: companies, public bodies, contracts,
 * awards and ownerships that refer to each other, with varied names, countries, dates and amounts.
 * The same seed and count give the same bytes. Not thread-safe.
 */
public final class FtmGenerator {
  private static final String[] WORDS = {
    "Global",
    "Data",
    "Systems",
    "Analytics",
    "Secure",
    "Northern",
    "Atlantic",
    "Vision",
    "Signal",
    "Logic",
    "Integrated",
    "Solutions",
    "Federal",
    "Digital",
    "Network",
    "Harbor",
    "Summit",
    "Pioneer",
    "Sentinel",
    "Aurora",
    "Meridian",
    "Keystone",
    "Vector",
    "Horizon",
    "Lumen"
  };
  private static final String[] FORMS = {
    "Inc.", "LLC", "Ltd", "GmbH", "S.A.", "Corp.", "PLC", "B.V."
  };
  private static final String[] COUNTRIES = {"us", "gb", "fr", "de", "es", "nl", "ca", "mx", "il"};
  private static final String[] AGENCIES = {
    "Immigration Agency",
    "Border Service",
    "Police Directorate",
    "Interior Ministry",
    "Customs Office",
    "Intelligence Service",
    "Corrections Department"
  };
  private static final String[] WORK = {
    "case management system",
    "data integration platform",
    "licence renewal",
    "operations and" + " maintenance",
    "analytics software",
    "biometric matching service",
    "cloud hosting"
  };

  private final SplittableRandom random;

  /** A generator with the given seed. */
  public FtmGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes {@code count} entities to the file. */
  public void write(Path file, long count) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(out, count);
    }
  }

  /** Writes {@code count} entities to the stream, one JSON object a line. */
  public void write(OutputStream out, long count) throws IOException {
    JsonFactory factory = new JsonFactory();
    for (long i = 0; i < count; i++) {
      try (JsonGenerator g = factory.createGenerator(out)) {
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        entity(g, i);
      }
      out.write('\n');
    }
  }

  private void entity(JsonGenerator g, long i) throws IOException {
    int kind = (int) (i % 20);
    g.writeStartObject();
    if (kind < 8) {
      company(g, i);
    } else if (kind < 10) {
      publicBody(g, i);
    } else if (kind < 15) {
      contract(g, i);
    } else if (kind < 19) {
      award(g, i);
    } else {
      ownership(g, i);
    }
    g.writeEndObject();
  }

  private void company(JsonGenerator g, long i) throws IOException {
    g.writeStringField("id", "co-" + i);
    g.writeStringField("schema", "Company");
    g.writeObjectFieldStart("properties");
    String name = word() + " " + word() + " " + FORMS[random.nextInt(FORMS.length)];
    array(g, "name", name);
    if (random.nextInt(3) == 0) {
      array(g, "alias", name.toUpperCase(Locale.ROOT).replace(".", ""));
    }
    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
    array(g, "country", country);
    array(g, "jurisdiction", country);
    array(g, "registrationNumber", String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)));
    array(g, "incorporationDate", date());
    array(g, "address", (1 + random.nextInt(999)) + " " + word() + " Street, " + word() + " City");
    g.writeEndObject();
  }

  private void publicBody(JsonGenerator g, long i) throws IOException {
    g.writeStringField("id", "pb-" + i);
    g.writeStringField("schema", "PublicBody");
    g.writeObjectFieldStart("properties");
    array(g, "name", word() + " " + AGENCIES[random.nextInt(AGENCIES.length)]);
    array(g, "country", COUNTRIES[random.nextInt(COUNTRIES.length)]);
    g.writeEndObject();
  }

  private void contract(JsonGenerator g, long i) throws IOException {
    g.writeStringField("id", "ct-" + i);
    g.writeStringField("schema", "Contract");
    g.writeObjectFieldStart("properties");
    array(g, "name", String.format(Locale.ROOT, "C%010d", i));
    array(g, "title", word() + " " + WORK[random.nextInt(WORK.length)]);
    array(g, "authority", "pb-" + (i - i % 20 + 8));
    array(
        g,
        "amount",
        String.format(Locale.ROOT, "%d.%02d", random.nextInt(50_000_000), random.nextInt(100)));
    array(g, "currency", "USD");
    array(g, "contractDate", date());
    g.writeEndObject();
  }

  private void award(JsonGenerator g, long i) throws IOException {
    g.writeStringField("id", "aw-" + i);
    g.writeStringField("schema", "ContractAward");
    g.writeObjectFieldStart("properties");
    array(g, "supplier", "co-" + (i - i % 20 + random.nextInt(8)));
    array(g, "contract", "ct-" + (i - i % 20 + 10 + random.nextInt(5)));
    array(
        g,
        "amount",
        String.format(Locale.ROOT, "%d.%02d", random.nextInt(10_000_000), random.nextInt(100)));
    array(g, "date", date());
    g.writeEndObject();
  }

  private void ownership(JsonGenerator g, long i) throws IOException {
    g.writeStringField("id", "own-" + i);
    g.writeStringField("schema", "Ownership");
    g.writeObjectFieldStart("properties");
    array(g, "owner", "co-" + (i - i % 20));
    array(g, "asset", "co-" + (i - i % 20 + 1 + random.nextInt(7)));
    array(g, "percentage", String.valueOf(1 + random.nextInt(100)));
    g.writeEndObject();
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String date() {
    return String.format(
        Locale.ROOT,
        "%d-%02d-%02d",
        1990 + random.nextInt(35),
        1 + random.nextInt(12),
        1 + random.nextInt(28));
  }

  private static void array(JsonGenerator g, String name, String value) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeString(value);
    g.writeEndArray();
  }
}
