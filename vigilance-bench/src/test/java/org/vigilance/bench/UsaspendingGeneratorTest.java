package org.vigilance.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.core.ingest.RecordSink;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.ingest.usaspending.UsaspendingRecordReader;

class UsaspendingGeneratorTest {
  private static final int ROWS = 2_000;
  private static final Model MODEL = FtmSchemaLoader.loadDefault();

  private static byte[] generated = new byte[0];

  @BeforeAll
  static void generate() throws IOException {
    generated = generate(7, ROWS);
  }

  @Test
  void every_row_imports_without_reject_when_read_by_the_usaspending_reader() throws IOException {
    Recording sink = new Recording();
    new UsaspendingRecordReader().read(new ByteArrayInputStream(generated), sink);

    assertThat(sink.rejects).isEmpty();
    assertThat(sink.records).hasSize(ROWS);
    assertThat(sink.drafts).allSatisfy(draft -> assertThat(MODEL.check(draft)).isEmpty());
    assertThat(sink.drafts)
        .extracting(EntityDraft::schema)
        .contains(
            "Contract",
            "ContractTransaction",
            "ContractAward",
            "Company",
            "Ownership",
            "PublicBody",
            "Membership",
            "UnknownLink");
  }

  @Test
  void gives_the_same_bytes_when_seed_and_rows_are_the_same() throws IOException {
    assertThat(generate(7, ROWS)).isEqualTo(generated);
    assertThat(generate(8, ROWS)).isNotEqualTo(generated);
  }

  @Test
  void writes_the_full_column_set_in_download_order() {
    List<CsvRecord> rows = rows();
    List<String> header = rows.get(0).getFields();

    assertThat(header)
        .isEqualTo(UsaspendingGenerator.columns())
        .hasSize(297)
        .doesNotHaveDuplicates();
    assertThat(header.get(0)).isEqualTo("contract_transaction_unique_key");
    assertThat(header.get(header.size() - 1)).isEqualTo("last_modified_date");
    assertThat(rows)
        .hasSize(ROWS + 1)
        .allSatisfy(row -> assertThat(row.getFieldCount()).isEqualTo(297));
  }

  @Test
  void keys_are_unique_and_awards_have_several_actions() {
    List<CsvRecord> rows = rows().subList(1, ROWS + 1);
    Set<String> transactions = new HashSet<>();
    Set<String> awards = new HashSet<>();
    for (CsvRecord row : rows) {
      transactions.add(row.getField(0));
      awards.add(row.getField(1));
    }

    assertThat(transactions).hasSize(ROWS);
    assertThat(awards.size()).isBetween(ROWS / 5, ROWS * 4 / 5);
  }

  @Test
  void fills_every_column_that_real_rows_fill_and_leaves_the_people_out() {
    List<CsvRecord> rows = rows();
    List<String> header = rows.get(0).getFields();
    Set<String> neverFilled = new TreeSet<>(header);
    for (CsvRecord row : rows.subList(1, rows.size())) {
      for (int i = 0; i < header.size(); i++) {
        if (!row.getField(i).isEmpty()) {
          neverFilled.remove(header.get(i));
        }
      }
    }

    assertThat(neverFilled)
        .allSatisfy(column -> assertThat(column).startsWith("highly_compensated_officer_"))
        .hasSize(10);
  }

  @Test
  void quotes_cells_with_commas_and_quotes_and_ends_lines_with_crlf() {
    String text = new String(generated, UTF_8);

    assertThat(text.split("\r\n", -1)).hasSize(ROWS + 2);
    assertThat(text).doesNotContain(",\n").containsPattern(",\"[^\",]+, [^\"]+\",");
    assertThat(text).contains("\"\"");
  }

  private static List<CsvRecord> rows() {
    List<CsvRecord> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(new String(generated, UTF_8))) {
      reader.forEach(rows::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  private static byte[] generate(long seed, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new UsaspendingGenerator(seed).write(out, rows);
    return out.toByteArray();
  }

  /** Keeps what the reader hands over, fetching a rejected record's bytes as the import does. */
  private static final class Recording implements RecordSink {
    final List<EntityDraft> drafts = new ArrayList<>();
    final Set<Long> records = new HashSet<>();
    final List<String> rejects = new ArrayList<>();

    @Override
    public long resumeAfter() {
      return 0;
    }

    @Override
    public void accept(long record, EntityDraft draft, RawRecord raw) {
      records.add(record);
      drafts.add(draft);
      if (MODEL.check(draft).isPresent()) {
        rejects.add(record + ": " + MODEL.check(draft) + ": " + new String(raw.bytes(), UTF_8));
      }
    }

    @Override
    public void reject(long record, @Nullable String field, String reason, byte[] raw) {
      rejects.add(record + " " + field + ": " + reason + ": " + new String(raw, UTF_8));
    }
  }
}
