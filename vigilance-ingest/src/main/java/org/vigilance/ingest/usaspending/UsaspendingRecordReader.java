package org.vigilance.ingest.usaspending;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Locator;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/**
 * Reads US federal contract downloads from USAspending.gov: {@code
 * Contracts_PrimeAwardSummaries_*.csv}, {@code Contracts_PrimeTransactions_*.csv}, or the zip that
 * holds them. What each row becomes is described in the {@linkplain
 * org.vigilance.ingest.usaspending package documentation}.
 *
 * <p>Input. The format is found from the bytes: a zip starts with {@code PK\3\4}; anything else is
 * read as CSV in UTF-8, with or without a byte order mark. In a zip, the entries whose file name
 * (in any folder, in any case) starts with {@code Contracts_PrimeAwardSummaries_} or {@code
 * Contracts_PrimeTransactions_} and ends with {@code .csv} are read in the order they are stored;
 * other entries (subawards, assistance, data dictionary, read-me) are skipped. A zip without such
 * an entry fails with an {@link IOException} listing the entries it holds.
 *
 * <p>Header. The first row of each CSV is its header; columns are found by name, so their order,
 * extra columns and missing optional columns do not matter. The header decides the layout: with
 * {@code contract_transaction_unique_key} it is the transactions layout, which also needs {@code
 * contract_award_unique_key}, {@code award_id_piid}, {@code modification_number}, {@code
 * action_date} and {@code federal_action_obligation}; otherwise it is the award summaries layout,
 * which needs {@code contract_award_unique_key}, {@code award_id_piid} and {@code
 * total_obligated_amount}. A header that makes neither (such as a file without a header row, whose
 * first row holds data) fails {@link #read} with an {@link IOException} and {@link #checkHeader}
 * with an {@link IllegalArgumentException}, both naming the missing columns; call {@code
 * checkHeader} before importing a file so that nothing is imported.
 *
 * <p>Records. Records are rows: the header is row 1 and the first data row is row 2; a quoted field
 * may span lines, and its row is still one record. Blank rows are skipped but keep their number. In
 * a plain CSV, record {@code n} is row {@code n} and is cited {@code row:n}. In a zip, records are
 * numbered on across the entries read (the rows of an entry, header included, follow those of the
 * entries before it), and {@link #locate} cites the entry and the row within it: {@code
 * row:Contracts_PrimeTransactions_2025-01-01_H00M00S00_1.csv:17}. Records numbered at or below
 * {@link RecordSink#resumeAfter()} are skipped without being parsed.
 *
 * <p>Each data row is handed to the sink as several drafts with the same record number, or, when it
 * cannot be read, rejected once with the column at fault (when there is one), the reason and the
 * row's bytes exactly as read (without the line break): a field count that differs from the
 * header's, a date or amount that does not parse, an empty award or transaction key, bytes that are
 * not UTF-8, a quoted field with text after its closing quote or not closed at the end of the
 * input, a row longer than 16 MiB (its first 16 MiB are kept). The {@link RecordSink.RawRecord}
 * given to {@link RecordSink#accept} may be called during that call only.
 *
 * <p>Memory does not grow with the input: one row is held at a time, and nothing is kept from row
 * to row but the names of the zip entries read so far. Does not close the stream. Not thread-safe:
 * use one instance per thread; an instance may read several streams in turn.
 *
 * <p>Implementation notes. The raw bytes of a row must be the bytes of the source, and a row may
 * span several lines inside a quoted description, so the bytes are neither rebuilt from the parsed
 * fields nor taken from one line. Instead {@code CsvRowScanner} cuts the byte stream into rows
 * itself, with the quote-aware state machine of RFC 4180 (the same states as FastCSV's parser), and
 * keeps each row's bytes and where its fields start; a data row's fields are decoded from those
 * bytes only when the mapping asks for them ({@code RowFields}, which reads fields as FastCSV
 * does), and FastCSV parses the header row. Splitting the bytes first also lets a malformed row be
 * rejected whole, and lets rows below the resume point be skipped without being decoded or parsed.
 * A zip is read as a stream ({@link ZipInputStream}), so a download of any size needs no temporary
 * file; {@link #checkHeader} reads a file with {@link ZipFile}, which opens each entry where it is
 * without reading the others.
 */
public final class UsaspendingRecordReader implements RecordReader {
  private static final int MAX_ROW_BYTES = 16 << 20;
  private static final int MAX_ENTRIES_LISTED = 10;
  private static final List<String> PRIME_PREFIXES =
      List.of("contracts_primeawardsummaries_", "contracts_primetransactions_");

  private final ContractRowMapper mapper = new ContractRowMapper();
  private final CsvReader.CsvReaderBuilder csv = CsvReader.builder();
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

  /** The zip entries read so far, with the record number before their first row. */
  private final List<Part> parts = new ArrayList<>();

  /** The record whose bytes a {@link RecordSink.RawRecord} may read now, or 0. */
  private long recordInHand;

  /** A reader. */
  public UsaspendingRecordReader() {}

  /**
   * Checks that a file is a USAspending contracts download before it is imported: that it is a CSV
   * whose header makes a known layout, or a zip whose prime-award contract files all have such a
   * header. Reads the header rows only.
   *
   * @throws IllegalArgumentException with a message naming the file (and entry) and the missing
   *     columns, when a header makes no known layout, a file is empty, or a zip holds no
   *     prime-award contract file
   * @throws IOException when the file cannot be read
   */
  public static void checkHeader(Path file) throws IOException {
    String fileName = String.valueOf(file.getFileName());
    boolean zip;
    try (InputStream in = Files.newInputStream(file)) {
      zip = startsLikeZip(in.readNBytes(4));
    }
    if (!zip) {
      try (InputStream in = Files.newInputStream(file)) {
        headerOf(new CsvRowScanner(in, MAX_ROW_BYTES), CsvReader.builder(), fileName);
      }
      return;
    }
    List<String> seen = new ArrayList<>();
    boolean found = false;
    try (ZipFile zipFile = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      Enumeration<? extends ZipEntry> entries = zipFile.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!isPrimeContractsFile(entry)) {
          seen.add(entry.getName());
          continue;
        }
        found = true;
        try (InputStream in = zipFile.getInputStream(entry)) {
          headerOf(
              new CsvRowScanner(in, MAX_ROW_BYTES),
              CsvReader.builder(),
              fileName + ", entry " + entry.getName());
        }
      }
    }
    if (!found) {
      throw new IllegalArgumentException(fileName + ": " + noPrimeFiles(seen));
    }
  }

  @Override
  public String recordKind() {
    return "row";
  }

  @Override
  public Locator locate(long number) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      Part part = parts.get(i);
      if (number > part.before()) {
        return new Locator("row:" + part.name() + ":" + (number - part.before()));
      }
    }
    return new Locator("row:" + number);
  }

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    parts.clear();
    PushbackInputStream input = new PushbackInputStream(in, 4);
    byte[] start = input.readNBytes(4);
    input.unread(start);
    if (startsLikeZip(start)) {
      readZip(input, sink);
    } else {
      readCsv(input, null, 0, sink);
    }
  }

  private void readZip(InputStream in, RecordSink sink) throws IOException {
    // not closed: closing it would close the caller's stream
    ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    long before = 0;
    boolean found = false;
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      if (!isPrimeContractsFile(entry)) {
        seen.add(entry.getName());
        continue;
      }
      found = true;
      parts.add(new Part(before, entry.getName()));
      before += readCsv(zip, entry.getName(), before, sink);
    }
    if (!found) {
      throw new IOException(noPrimeFiles(seen));
    }
  }

  /** Reads one CSV; returns how many rows it has, header included. */
  private long readCsv(InputStream in, @Nullable String entry, long before, RecordSink sink)
      throws IOException {
    CsvRowScanner scanner = new CsvRowScanner(in, MAX_ROW_BYTES);
    ContractHeader header;
    try {
      header = headerOf(scanner, csv, entry == null ? null : "entry " + entry);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    long resumeAfter = sink.resumeAfter();
    long row = 1;
    while (scanner.next()) {
      row++;
      long number = before + row;
      if (number <= resumeAfter || scanner.length() == 0) {
        continue;
      }
      readRow(scanner, header, number, sink);
    }
    return row;
  }

  private static ContractHeader headerOf(
      CsvRowScanner scanner, CsvReader.CsvReaderBuilder csv, @Nullable String where)
      throws IOException {
    String prefix = where == null ? "" : where + ": ";
    if (!scanner.next() || scanner.length() == 0) {
      throw new IllegalArgumentException(prefix + "row 1 is empty: expected the header row");
    }
    if (scanner.truncated() || scanner.unclosedQuote()) {
      throw new IllegalArgumentException(
          prefix + "row 1 is not a header row: it has a quoted field that is not closed");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(scanner.copy())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(prefix + "the header row is not valid UTF-8", e);
    }
    List<String> names;
    try {
      names = parseOne(csv, text);
    } catch (CsvParseException e) {
      throw new IllegalArgumentException(
          prefix + "the header row is not valid CSV: text follows the closing quote of a field", e);
    }
    try {
      return ContractHeader.of(names);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix + e.getMessage(), e);
    }
  }

  private void readRow(CsvRowScanner scanner, ContractHeader header, long number, RecordSink sink) {
    if (scanner.truncated()) {
      sink.reject(
          number,
          null,
          "the row is longer than "
              + (MAX_ROW_BYTES >> 20)
              + " MiB, so it was cut here (is a quoted field not closed?)",
          scanner.copy());
      return;
    }
    if (scanner.unclosedQuote()) {
      sink.reject(
          number,
          column(header, scanner.quotedFieldIndex()),
          "a quoted field is not closed before the end of the file",
          scanner.copy());
      return;
    }
    byte[] bytes = scanner.bytes();
    int length = scanner.length();
    if (!isValidUtf8(bytes, length)) {
      int at = firstInvalidUtf8(bytes, length);
      sink.reject(
          number,
          null,
          String.format(
              Locale.ROOT,
              "not valid UTF-8: byte 0x%02X at byte %d of the row starts no valid UTF-8 sequence"
                  + " (was the file saved in another encoding, such as Windows-1252?)",
              bytes[at] & 0xFF,
              at + 1),
          scanner.copy());
      return;
    }
    if (scanner.strayQuoteFieldIndex() >= 0) {
      sink.reject(
          number,
          column(header, scanner.strayQuoteFieldIndex()),
          "not valid CSV: text follows the closing quote of a quoted field"
              + " (a quote inside a quoted field must be doubled)",
          scanner.copy());
      return;
    }
    List<String> fields = new RowFields(scanner);
    if (fields.size() != header.size()) {
      boolean fewer = fields.size() < header.size();
      sink.reject(
          number,
          fewer ? header.name(fields.size()) : null,
          "the row has "
              + fields.size()
              + " fields but the header has "
              + header.size()
              + (fewer
                  ? ": the row ends before column " + header.name(fields.size())
                  : ": a field has a comma but no quotes?"),
          scanner.copy());
      return;
    }
    List<EntityDraft> drafts;
    try {
      drafts = mapper.map(new ContractRow(header, fields), header.layout());
    } catch (ContractRow.Problem problem) {
      sink.reject(number, problem.column(), problem.reason(), scanner.copy());
      return;
    }
    recordInHand = number;
    try {
      for (EntityDraft draft : drafts) {
        sink.accept(
            number,
            draft,
            () -> {
              if (recordInHand != number) {
                throw new IllegalStateException(
                    "the bytes of row " + number + " were asked for after the reader moved on");
              }
              return Arrays.copyOf(bytes, length);
            });
      }
    } finally {
      recordInHand = 0;
    }
  }

  /**
   * The fields of the one record in {@code text} (the scanner has cut the row, so line breaks in it
   * are inside quoted fields).
   */
  private static List<String> parseOne(CsvReader.CsvReaderBuilder csv, String text) {
    return csv.ofSingleCsvRecord(text).getFields();
  }

  private static @Nullable String column(ContractHeader header, int index) {
    return index >= 0 && index < header.size() ? header.name(index) : null;
  }

  /** Whether the row is valid UTF-8; rows of ASCII only are checked without a decoder. */
  private boolean isValidUtf8(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        try {
          utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length));
          return true;
        } catch (CharacterCodingException e) {
          return false;
        }
      }
    }
    return true;
  }

  private static int firstInvalidUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), Math.max(length - 1, 0));
  }

  private static boolean startsLikeZip(byte[] start) {
    return start.length == 4
        && start[0] == 'P'
        && start[1] == 'K'
        && ((start[2] == 3 && start[3] == 4) || (start[2] == 5 && start[3] == 6));
  }

  private static boolean isPrimeContractsFile(ZipEntry entry) {
    if (entry.isDirectory()) {
      return false;
    }
    String name = entry.getName();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String fileName = name.substring(slash + 1).toLowerCase(Locale.ROOT);
    return fileName.endsWith(".csv") && PRIME_PREFIXES.stream().anyMatch(fileName::startsWith);
  }

  private static String noPrimeFiles(List<String> seen) {
    StringBuilder message =
        new StringBuilder(
            "the zip holds no USAspending prime-award contracts file"
                + " (Contracts_PrimeAwardSummaries_*.csv or Contracts_PrimeTransactions_*.csv)");
    if (seen.isEmpty()) {
      return message.append(": it is empty").toString();
    }
    message.append("; it holds ");
    message.append(String.join(", ", seen.subList(0, Math.min(seen.size(), MAX_ENTRIES_LISTED))));
    if (seen.size() > MAX_ENTRIES_LISTED) {
      message.append(" and ").append(seen.size() - MAX_ENTRIES_LISTED).append(" more");
    }
    return message.toString();
  }

  /**
   * A zip entry read.
   *
   * @param before the record number before its first row (its header)
   * @param name the entry's name
   */
  private record Part(long before, String name) {}
}
