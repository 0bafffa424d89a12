package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.core.ingest.RecordReader;
import org.vigilance.core.ingest.RecordSink;

/**
 * Reads a CSV file through a FollowTheMoney mapping ({@code vigilance import csv FILE --mapping
 * MAPPING.yml}): each row becomes the entities the mapping describes, with the ids FtM (Aleph,
 * {@code ftm map}) would give them.
 *
 * <p>The mapping is FtM's format, read and checked by {@link #open} before anything is imported
 * (see {@code MappingParser} for the accepted shapes and checks, {@code RowMapper} for how a row is
 * mapped, {@code EntityKeys} for ids, {@code ValueCleaner} for values). Every query of the mapping
 * is applied to every row of the file given on the command line, whatever {@code csv_url} the
 * mapping names. A keyed entity's id is the hex SHA-1 of the dataset name (the mapping's top-level
 * key, when it has one), the {@code key_literal} and the non-empty key cells sorted as bytes; when
 * the mapping names a dataset the id is then signed for it ({@code id.HMAC-SHA1(dataset, id)}),
 * which is what Aleph and {@code ftm map} produce for the same mapping and data.
 *
 * <p>The CSV is UTF-8, with or without a byte order mark, in the dialect FtM reads ({@code
 * CsvRows}: commas, double quotes, spaces after a comma skipped). Records are rows ({@link
 * #recordKind()} is {@code row}): the header is row 1, the first data row row 2; a row with line
 * breaks in quoted fields is one record; blank lines are skipped but keep their number. Each row
 * yields one draft per entity it makes, all with the row's number, in the mapping's dependency
 * order. A row is rejected whole, with its bytes exactly as read (line ending excluded), when it is
 * not valid UTF-8, ends inside a quoted field, has more or fewer fields than the header, or holds a
 * value its property's type cannot take (field: the column(s) it came from). Rows numbered at or
 * below {@link RecordSink#resumeAfter()} are split from the others but not mapped.
 *
 * <p>The header must hold every column the mapping names: {@link #open} checks it when given the
 * CSV file, {@link #read} checks the header it reads in any case. A header that does not fit, or a
 * file in another encoding, stops the reading with an {@link IllegalArgumentException} before any
 * row is read, naming the CSV, the mapping and the problem.
 *
 * <p>Not thread-safe: use one instance per import. {@link RecordSink.RawRecord}s are valid only
 * during {@link RecordSink#accept}.
 */
public final class MappingRecordReader implements RecordReader {
  private final Mapping mapping;
  private final ValueCleaner cleaner;
  private final String csvName;

  /** The row whose bytes a {@link RecordSink.RawRecord} may read now, or 0. */
  private long rowInHand;

  private MappingRecordReader(Mapping mapping, ValueCleaner cleaner, String csvName) {
    this.mapping = mapping;
    this.cleaner = cleaner;
    this.csvName = csvName;
  }

  /**
   * Reads and checks a mapping file; when the CSV file is given, checks that its header has every
   * column the mapping names.
   *
   * @param mappingFile the mapping (YAML)
   * @param csvFile the CSV file that will be read, or null when it is not at hand (standard input)
   * @param model the schema model
   * @throws IllegalArgumentException naming the mapping file, the entity, the property and the
   *     problem: a file that cannot be read or is not YAML, an unknown schema or property, a
   *     reference to an entity the query does not define or that does not fit the property, an
   *     entity without a key, a column not in the header, ...
   */
  public static MappingRecordReader open(Path mappingFile, @Nullable Path csvFile, Model model) {
    String mappingName = fileName(mappingFile);
    String text;
    try {
      text = Files.readString(mappingFile, UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(mappingName + ": no such file (" + mappingFile + ")", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(mappingName + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(mappingName + ": cannot be read: " + e.getMessage(), e);
    }
    Mapping mapping = MappingParser.parse(mappingName, text, model);
    String csvName = csvFile == null ? "the CSV" : fileName(csvFile);
    MappingRecordReader reader = new MappingRecordReader(mapping, new ValueCleaner(model), csvName);
    if (csvFile != null) {
      try (InputStream in = Files.newInputStream(csvFile)) {
        CsvRows rows = new CsvRows(in);
        List<String> header = reader.header(rows);
        if (header != null) {
          reader.bind(header);
        }
      } catch (IOException e) {
        throw new IllegalArgumentException(
            csvName + ": cannot read its header: " + e.getMessage(), e);
      }
    }
    return reader;
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  @Override
  public String recordKind() {
    return "row";
  }

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException {
    CsvRows rows = new CsvRows(in);
    List<String> header = header(rows);
    if (header == null) {
      return;
    }
    RowMapper mapper = new RowMapper(mapping, bind(header), cleaner);
    long resumeAfter = sink.resumeAfter();
    while (rows.next()) {
      long row = rows.number();
      if (row <= resumeAfter || rows.isBlank()) {
        continue;
      }
      readRow(rows, row, header.size(), mapper, sink);
    }
  }

  /** Reads row 1; null when the input has no row. */
  private @Nullable List<String> header(CsvRows rows) throws IOException {
    String encoding = rows.start();
    if (encoding != null) {
      throw new IllegalArgumentException(csvName + " " + encoding);
    }
    if (!rows.next()) {
      return null;
    }
    String problem = rows.utf8Problem();
    if (problem == null && rows.hasUnterminatedQuote()) {
      problem = "a quoted field is never closed";
    }
    if (problem != null) {
      throw new IllegalArgumentException(csvName + ", row 1 (the header): " + problem);
    }
    return rows.fields().stream().map(CleanText::strip).toList();
  }

  /** The index of every column the mapping names, or an exception naming the first missing. */
  private Map<String, Integer> bind(List<String> header) {
    Map<String, Integer> indexes = new HashMap<>();
    for (Mapping.ColumnUse use : mapping.columnUses()) {
      int first = header.indexOf(use.column());
      if (first < 0) {
        throw new IllegalArgumentException(
            mapping.name()
                + ": "
                + use.where()
                + ": column '"
                + use.column()
                + "' is not in the header of "
                + csvName
                + " (columns: "
                + String.join(", ", header)
                + ")");
      }
      int last = header.lastIndexOf(use.column());
      if (last != first) {
        throw new IllegalArgumentException(
            mapping.name()
                + ": "
                + use.where()
                + ": column '"
                + use.column()
                + "' appears more than once in the header of "
                + csvName
                + " (columns "
                + (first + 1)
                + " and "
                + (last + 1)
                + ")");
      }
      indexes.put(use.column(), first);
    }
    return indexes;
  }

  private void readRow(CsvRows rows, long row, int width, RowMapper mapper, RecordSink sink) {
    String problem = rows.utf8Problem();
    if (problem == null && rows.hasUnterminatedQuote()) {
      problem = "a quoted field is never closed: the row runs to the end of the file";
    }
    if (problem == null && rows.fieldCount() != width) {
      problem =
          "the row has "
              + rows.fieldCount()
              + (rows.fieldCount() == 1 ? " field" : " fields")
              + " but the header has "
              + width;
    }
    if (problem != null) {
      sink.reject(row, null, problem, rows.raw());
      return;
    }
    List<String> fields = rows.fields();
    @Nullable String[] cells = new String[fields.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = CleanText.sanitize(fields.get(i));
    }
    List<EntityDraft> drafts;
    try {
      drafts = mapper.map(cells);
    } catch (UncleanValueException e) {
      sink.reject(row, e.column(), String.valueOf(e.getMessage()), rows.raw());
      return;
    }
    rowInHand = row;
    try {
      for (EntityDraft draft : drafts) {
        sink.accept(
            row,
            draft,
            () -> {
              if (rowInHand != row) {
                throw new IllegalStateException(
                    "the bytes of row " + row + " were asked for after the reader moved on");
              }
              return rows.raw();
            });
      }
    } finally {
      rowInHand = 0;
    }
  }
}
