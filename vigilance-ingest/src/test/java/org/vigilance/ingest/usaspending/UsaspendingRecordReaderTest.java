package org.vigilance.ingest.usaspending;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.RecordingSink;

class UsaspendingRecordReaderTest {
  private static final String AS_SERVED =
      "Contracts_PrimeAwardSummaries_2025-03-28_H02M59S08_1.csv";
  private static final String RESAVED =
      "Contracts_PrimeAwardSummaries_2025-03-21_H19M57S23_1_excerpt.csv";
  private static final String TRANSACTIONS = "Contracts_PrimeTransactions_2017-05-01_sample.csv";
  private static final Path SHARED = Path.of("../../shared/data/usaspending/ice-minnesota/data");

  /** The required transaction columns and a few more; enough for hand-written rows. */
  private static final String MINI_HEADER =
      "contract_transaction_unique_key,contract_award_unique_key,award_id_piid,modification_number,"
          + "action_date,federal_action_obligation,transaction_description,recipient_uei,"
          + "recipient_name,recipient_parent_uei,recipient_parent_name,awarding_agency_code,"
          + "awarding_agency_name";

  private static final Model MODEL = FtmSchemaLoader.loadDefault();

  @TempDir Path dir;

  @Test
  void reads_every_award_when_the_download_is_as_served() throws IOException {
    RecordingSink sink = read(resource(AS_SERVED));

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.records()).containsExactly(2L, 3L, 4L, 5L, 6L);
    for (long row = 2; row <= 6; row++) {
      assertThat(sink.draftsOf(row))
          .extracting(EntityDraft::schema)
          .contains("Contract", "Company", "ContractAward", "PublicBody", "Membership");
    }
    assertFitTheModel(sink.drafts());
    assertThat(sink.events).allSatisfy(e -> assertThat(e.locator.value()).startsWith("row:"));
  }

  @Test
  void maps_a_real_award_when_the_download_is_as_served() throws IOException {
    RecordingSink sink = read(resource(AS_SERVED));
    String id = "usaspending-award:CONT_AWD_70CDCR20P00000053_7012_-NONE-_-NONE-";

    EntityDraft contract = sink.draft(id);
    assertThat(contract.schema()).isEqualTo("Contract");
    assertThat(contract.properties())
        .containsEntry("name", List.of("70CDCR20P00000053"))
        .containsEntry("title", List.of("OUTDOOR GUN RANGE IN ST PAUL MN"))
        .containsEntry("amount", List.of("16000.00"))
        .containsEntry("amountUsd", List.of("16000.00"))
        .containsEntry("currency", List.of("USD"))
        .containsEntry("contractDate", List.of("2020-05-07"))
        .containsEntry("modifiedAt", List.of("2022-04-02"))
        .containsEntry("type", List.of("PURCHASE ORDER", "FIRM FIXED PRICE"))
        .containsEntry("method", List.of("NOT COMPETED UNDER SAP"))
        .containsEntry("procedure", List.of("SIMPLIFIED ACQUISITION"))
        .containsEntry("procedureNumber", List.of("192120UOFMRANGE01"))
        .containsEntry(
            "classification",
            List.of(
                "PSC X1EA: LEASE/RENTAL OF AMMUNITION FACILITIES",
                "NAICS 713990: ALL OTHER AMUSEMENT AND RECREATION INDUSTRIES"))
        .containsEntry("authority", List.of("usaspending-office:70CDCR"))
        .containsEntry(
            "sourceUrl",
            List.of(
                "https://www.usaspending.gov/award/CONT_AWD_70CDCR20P00000053_7012_-NONE-_-NONE-/"));
    assertThat(contract.properties().get("notes"))
        .contains(
            "Current total value of award (USD): 16000.00",
            "Potential total value of award (USD): 16000.00",
            "Potential end of the period of performance: 2021-05-11",
            "Number of offers received: 1");

    EntityDraft company = sink.draft("uei:KABJZBBJ4B54");
    assertThat(company.schema()).isEqualTo("Company");
    assertThat(company.properties())
        .containsEntry("name", List.of("REGENTS OF THE UNIVERSITY OF MINNESOTA"))
        .containsEntry("uniqueEntityId", List.of("KABJZBBJ4B54"))
        .containsEntry("cageCode", List.of("0DH95"))
        .containsEntry("country", List.of("us"))
        .containsEntry(
            "address", List.of("200 OAK ST SE # 224, MINNEAPOLIS, MN 554552009, UNITED STATES"));
    assertThat(company.properties()).doesNotContainKeys("dunsCode", "phone");

    assertThat(sink.draft(id + ":supplier").properties())
        .containsEntry("supplier", List.of("uei:KABJZBBJ4B54"))
        .containsEntry("contract", List.of(id))
        .containsEntry("amount", List.of("16000.00"))
        .containsEntry("startDate", List.of("2020-05-07"))
        .containsEntry("endDate", List.of("2021-05-11"));

    EntityDraft office = sink.draft("usaspending-office:70CDCR");
    assertThat(office.schema()).isEqualTo("PublicBody");
    assertThat(office.properties())
        .containsEntry("name", List.of("DETENTION COMPLIANCE AND REMOVALS"))
        .containsEntry("country", List.of("us"));
    assertThat(sink.draft("usaspending-subagency:7012").properties())
        .containsEntry("name", List.of("U.S. Immigration and Customs Enforcement"));
    assertThat(sink.draft("usaspending-agency:070").properties())
        .containsEntry("name", List.of("Department of Homeland Security"));
    assertThat(
            sink.draft("membership:usaspending-office:70CDCR:usaspending-subagency:7012")
                .properties())
        .containsEntry("member", List.of("usaspending-office:70CDCR"))
        .containsEntry("organization", List.of("usaspending-subagency:7012"));
    assertThat(
            sink.draft("membership:usaspending-subagency:7012:usaspending-agency:070").properties())
        .containsEntry("member", List.of("usaspending-subagency:7012"))
        .containsEntry("organization", List.of("usaspending-agency:070"));
    EntityDraft funding = sink.draft(id + ":funding:usaspending-office:70C0TD");
    assertThat(funding.schema()).isEqualTo("UnknownLink");
    assertThat(funding.properties())
        .containsEntry("subject", List.of("usaspending-office:70C0TD"))
        .containsEntry("object", List.of(id))
        .containsEntry("role", List.of("funding office"));

    // a subsidiary is related to its parent, never the same entity
    assertThat(sink.draft("uei:CB47L9C9MDX1").properties())
        .containsEntry("name", List.of("OFFICE OF THE BOARD OF REGENTS"));
    assertThat(sink.draft("ownership:uei:CB47L9C9MDX1:uei:KABJZBBJ4B54").properties())
        .containsEntry("owner", List.of("uei:CB47L9C9MDX1"))
        .containsEntry("asset", List.of("uei:KABJZBBJ4B54"));
  }

  @Test
  void reads_month_day_year_dates_when_a_spreadsheet_saved_the_download_again() throws IOException {
    RecordingSink sink = read(resource(RESAVED));

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.records()).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertFitTheModel(sink.drafts());
    String west = "usaspending-award:CONT_AWD_70CDCR18P00000017_7012_-NONE-_-NONE-";
    assertThat(sink.draft(west).properties())
        .containsEntry("title", List.of("IGF::CL::IGF ACCESS TO LICENSE PLATE READER DATABASE"))
        .containsEntry("amount", List.of("7391976"))
        .containsEntry("contractDate", List.of("2017-12-22"))
        .containsEntry("modifiedAt", List.of("2023-05-10"));
    assertThat(sink.draft(west + ":supplier").properties())
        .containsEntry("supplier", List.of("uei:L997DB4PEJL8"))
        .containsEntry("startDate", List.of("2017-12-22"))
        .containsEntry("endDate", List.of("2021-05-31"));
    assertThat(sink.draft("ownership:uei:ERQ7UKKC3791:uei:L997DB4PEJL8").properties())
        .containsEntry("owner", List.of("uei:ERQ7UKKC3791"))
        .containsEntry("asset", List.of("uei:L997DB4PEJL8"));
    assertThat(sink.draft("uei:ERQ7UKKC3791").properties())
        .containsEntry("name", List.of("THOMSON REUTERS (MARKETS) LLC"));

    // row 3: the parent is the recipient itself
    assertThat(sink.draftsOf(3)).extracting(EntityDraft::schema).doesNotContain("Ownership");
    assertThat(sink.draftsOf(3).stream().filter(d -> d.schema().equals("Company"))).hasSize(1);
    // row 4: funded by agency 999, with no office named
    String eaton = "usaspending-award:CONT_AWD_HSCEC508P00052_7012_-NONE-_-NONE-";
    assertThat(sink.draft(eaton + ":funding:usaspending-agency:999").properties())
        .containsEntry("role", List.of("funding agency"));
    // row 5: an order under an IDV
    assertThat(
            sink.draft("usaspending-award:CONT_AWD_HSCEMS11J00051_7012_HSCESS08D00001_7012")
                .properties()
                .get("notes"))
        .contains(
            "Parent award (IDV) PIID: HSCESS08D00001, agency: U.S. IMMIGRATION AND CUSTOMS"
                + " ENFORCEMENT");
    // row 6: the IDV itself
    assertThat(sink.draft("usaspending-award:CONT_IDV_HSCEOP06C00039_7012").properties())
        .containsEntry("type", List.of("IDC", "FIRM FIXED PRICE"));
  }

  @Test
  void reads_every_row_of_the_real_downloads_when_the_shared_data_is_present() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name :
        List.of(
            "mn_all/Contracts_PrimeAwardSummaries_2025-03-21_H19M57S23_1.csv",
            "umn/Contracts_PrimeAwardSummaries_2025-03-28_H02M59S08_1.csv")) {
      files.add(SHARED.resolve(name));
    }
    Assumptions.assumeTrue(files.stream().allMatch(Files::exists), "no ../shared data");

    for (Path file : files) {
      UsaspendingRecordReader.checkHeader(file);
      UsaspendingRecordReader reader = new UsaspendingRecordReader();
      RecordingSink sink = new RecordingSink(reader);
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(in, sink);
      }
      int rows = Files.readAllLines(file, UTF_8).size() - 1;
      assertThat(sink.rejects()).isEmpty();
      assertThat(sink.records()).hasSize(rows);
      for (long row : sink.records()) {
        assertThat(sink.draftsOf(row))
            .extracting(EntityDraft::schema)
            .contains("Contract", "Company", "ContractAward", "PublicBody");
      }
      assertFitTheModel(sink.drafts());
    }
  }

  @Test
  void maps_each_action_to_a_transaction_when_the_layout_is_transactions() throws IOException {
    RecordingSink sink = read(resource(TRANSACTIONS));

    assertThat(sink.rejects()).isEmpty();
    assertFitTheModel(sink.drafts());
    assertThat(sink.drafts("ContractTransaction")).hasSize(4);
    String award = "usaspending-award:CONT_IDV_DJB200247_1540";
    EntityDraft fifth = sink.draft("usaspending-transaction:1540_-NONE-_DJB200247_5_-NONE-_0");
    assertThat(fifth.schema()).isEqualTo("ContractTransaction");
    assertThat(fifth.properties())
        .containsEntry("contract", List.of(award))
        .containsEntry("recordId", List.of("1540_-NONE-_DJB200247_5_-NONE-_0"))
        .containsEntry("modificationNumber", List.of("5"))
        .containsEntry("actionType", List.of("FUNDING ONLY ACTION"))
        .containsEntry("date", List.of("2017-05-02"))
        .containsEntry("startDate", List.of("2017-05-02"))
        .containsEntry("obligation", List.of("11747.25"))
        .containsEntry("amount", List.of("11747.25"))
        .containsEntry("currency", List.of("USD"))
        .containsEntry("potentialValue", List.of("11747.25"))
        .containsEntry(
            "description", List.of("IGF::OT::IGF RRC SERVICES LOCATED IN SPANISH FORT, AL."))
        .containsEntry("modifiedAt", List.of("2017-05-09"));
    assertThat(sink.draft("usaspending-transaction:1540_-NONE-_DJB200247_9_-NONE-_0").properties())
        .containsEntry("contract", List.of(award))
        .containsEntry("obligation", List.of("366.00"));

    // the contract carries the award's stable facts, not the amounts of one action
    EntityDraft contract = sink.draft(award);
    assertThat(contract.properties())
        .containsEntry("name", List.of("DJB200247"))
        .containsEntry("type", List.of("IDC", "FIRM FIXED PRICE"))
        .containsEntry("authority", List.of("usaspending-office:15BRRC"))
        .doesNotContainKeys("amount", "contractDate");

    // no UEI before 2022: DUNS numbers identify the companies
    assertThat(sink.draft("duns:612706465").properties())
        .containsEntry("name", List.of("GEO GROUP, INC., THE"))
        .containsEntry("dunsCode", List.of("612706465"))
        .containsEntry("country", List.of("us"))
        .doesNotContainKey("alias");
    assertThat(sink.draftsOf(2)).extracting(EntityDraft::schema).doesNotContain("Ownership");
    assertThat(sink.draft("ownership:duns:102139706:duns:140447561").schema())
        .isEqualTo("Ownership");
  }

  @Test
  void reads_the_prime_files_of_a_zip_and_names_the_entry_when_it_holds_other_files()
      throws IOException {
    byte[] zip =
        zip(
            Map.of(
                "README.txt",
                "Data dictionary: https://www.usaspending.gov/data-dictionary\n",
                AS_SERVED,
                text(AS_SERVED),
                "Contracts_Subawards_2025-03-28_H02M59S12_1.csv",
                "prime_award_unique_key\nX\n",
                "download/" + TRANSACTIONS,
                text(TRANSACTIONS)),
            List.of(
                "README.txt",
                AS_SERVED,
                "Contracts_Subawards_2025-03-28_H02M59S12_1.csv",
                "download/" + TRANSACTIONS));

    UsaspendingRecordReader reader = new UsaspendingRecordReader();
    RecordingSink sink = new RecordingSink(reader);
    reader.read(new ByteArrayInputStream(zip), sink);

    assertThat(sink.rejects()).isEmpty();
    assertFitTheModel(sink.drafts());
    // AS_SERVED has rows 1 to 6 (records 1 to 6), the transactions rows 1 to 5 (records 7 to 11)
    assertThat(sink.records()).containsExactly(2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L);
    assertThat(sink.events.stream().filter(e -> e.record == 2).findFirst().orElseThrow().locator)
        .hasToString("row:" + AS_SERVED + ":2");
    assertThat(sink.events.stream().filter(e -> e.record == 8).findFirst().orElseThrow().locator)
        .hasToString("row:download/" + TRANSACTIONS + ":2");
    assertThat(reader.locate(11)).hasToString("row:download/" + TRANSACTIONS + ":5");
    assertThat(sink.drafts("ContractTransaction")).hasSize(4);
    assertThat(sink.rejects()).isEmpty();

    Path file = dir.resolve("download.zip");
    Files.write(file, zip);
    UsaspendingRecordReader.checkHeader(file);
  }

  @Test
  void fails_naming_the_entries_when_a_zip_holds_no_prime_contracts_file() throws IOException {
    byte[] zip =
        zip(
            Map.of(
                "Contracts_Subawards_1.csv", "a\n", "Assistance_PrimeAwardSummaries_1.csv", "b\n"),
            List.of("Contracts_Subawards_1.csv", "Assistance_PrimeAwardSummaries_1.csv"));
    UsaspendingRecordReader reader = new UsaspendingRecordReader();

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(zip), new RecordingSink(reader)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no USAspending prime-award contracts file")
        .hasMessageContaining("Contracts_Subawards_1.csv, Assistance_PrimeAwardSummaries_1.csv");
    Path file = dir.resolve("subawards.zip");
    Files.write(file, zip);
    assertThatThrownBy(() -> UsaspendingRecordReader.checkHeader(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("subawards.zip: the zip holds no");
  }

  @Test
  void names_the_missing_columns_when_the_file_has_no_header_row() throws IOException {
    String all = text(AS_SERVED);
    String headerless = all.substring(all.indexOf('\n') + 1);
    Path file = dir.resolve("headerless.csv");
    Files.writeString(file, headerless, UTF_8);

    assertThatThrownBy(() -> UsaspendingRecordReader.checkHeader(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("headerless.csv: the first row is not the header")
        .hasMessageContaining("contract_award_unique_key, award_id_piid, total_obligated_amount")
        .hasMessageContaining("contract_transaction_unique_key")
        .hasMessageContaining("it starts with 'CONT_AWD_70CDCR20P00000053_7012_-NONE-_-NONE-'")
        .hasMessageContaining("is the header row missing?");
    UsaspendingRecordReader reader = new UsaspendingRecordReader();
    RecordingSink sink = new RecordingSink(reader);
    assertThatThrownBy(
            () -> reader.read(new ByteArrayInputStream(headerless.getBytes(UTF_8)), sink))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the first row is not the header")
        .hasMessageContaining("total_obligated_amount");
    assertThat(sink.events).isEmpty();
  }

  @Test
  void names_the_missing_columns_when_a_layout_lacks_required_columns() throws IOException {
    Path transactions = dir.resolve("Contracts_PrimeTransactions_x.csv");
    Files.writeString(
        transactions,
        "contract_transaction_unique_key,contract_award_unique_key,award_id_piid,"
            + "federal_action_obligation\nT1,A1,P1,5.00\n",
        UTF_8);
    Path summaries = dir.resolve("Contracts_PrimeAwardSummaries_x.csv");
    Files.writeString(summaries, "contract_award_unique_key,award_id_piid\nA1,P1\n", UTF_8);

    assertThatThrownBy(() -> UsaspendingRecordReader.checkHeader(transactions))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Contracts_PrimeTransactions_x.csv: the header of a USAspending contract transactions"
                + " (Contracts_PrimeTransactions) file lacks the columns modification_number,"
                + " action_date");
    assertThatThrownBy(() -> UsaspendingRecordReader.checkHeader(summaries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("file lacks the column total_obligated_amount");
    Path zip = dir.resolve("download.zip");
    Files.write(
        zip,
        zip(
            Map.of(
                AS_SERVED,
                text(AS_SERVED),
                "Contracts_PrimeTransactions_x.csv",
                Files.readString(transactions)),
            List.of(AS_SERVED, "Contracts_PrimeTransactions_x.csv")));
    assertThatThrownBy(() -> UsaspendingRecordReader.checkHeader(zip))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "download.zip, entry Contracts_PrimeTransactions_x.csv: the header of a USAspending")
        .hasMessageContaining("modification_number, action_date");
  }

  @Test
  void fails_when_the_input_has_no_header_row_at_all() throws IOException {
    Path empty = dir.resolve("Contracts_PrimeAwardSummaries_empty.csv");
    Files.writeString(empty, "\n", UTF_8);

    assertThatThrownBy(() -> UsaspendingRecordReader.checkHeader(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 is empty: expected the header row");
  }

  @Test
  void rejects_each_malformed_row_with_its_column_and_reason_and_imports_the_rest()
      throws IOException {
    String multiLine =
        "T4,A4,P4,0,2024-03-01,10.00,\"LINE ONE\r\nLINE \"\"TWO\"\", END\",U4,CO4,,,,";
    String csv =
        MINI_HEADER
            + "\r\n"
            + "T2,A2,P2,0,2024-13-45,10.00,BAD DATE,U2,CO2,,,,\r\n"
            + "T3,A3,P3,0,2024-03-01,12;50,BAD AMOUNT,U3,CO3,,,,\r\n"
            + multiLine
            + "\r\n"
            + "T5,A5,P5,0,2024-03-01,10.00,TOO FEW\r\n"
            + "T6,A6,P6,0,2024-03-01,10.00,TOO MANY,U6,CO6,,,,,extra\r\n"
            + "T7,A7,P7,0,2024-03-01,10.00,\"STRAY\"QUOTE,U7,CO7,,,,\r\n"
            + ",A8,P8,0,2024-03-01,10.00,NO KEY,U8,CO8,,,,\r\n"
            + "T9,A9,P9,0,03/01/2024,-1.5E+3,GOOD,U9,CO9,,,070,DHS\r\n";
    byte[] bytes = csv.getBytes(UTF_8);
    byte[] badRow =
        concat(
            concat("T10,A10,P10,0,2024-03-01,1,".getBytes(UTF_8), new byte[] {(byte) 0xE9}),
            ",U10,CO10,,,,".getBytes(UTF_8));
    byte[] withBadUtf8 =
        concat(
            concat(bytes, badRow),
            "\r\nT11,A11,P11,0,2024-03-01,1,OK,U11,CO11,,,,".getBytes(UTF_8));

    RecordingSink sink = read(withBadUtf8);

    assertThat(sink.rejects())
        .extracting(e -> e.record + " " + e.field)
        .containsExactly(
            "2 action_date",
            "3 federal_action_obligation",
            "5 recipient_uei",
            "6 null",
            "7 transaction_description",
            "8 contract_transaction_unique_key",
            "10 null");
    assertThat(sink.rejects().get(0).reason)
        .isEqualTo(
            "'2024-13-45' is not a calendar date: Invalid value for MonthOfYear"
                + " (valid values 1 - 12): 13");
    assertThat(sink.rejects().get(0).rawText())
        .isEqualTo("T2,A2,P2,0,2024-13-45,10.00,BAD DATE,U2,CO2,,,,");
    assertThat(sink.rejects().get(1).reason)
        .isEqualTo("'12;50' is not an amount (expected a decimal number such as 1234.56)");
    assertThat(sink.rejects().get(2).reason)
        .isEqualTo(
            "the row has 7 fields but the header has 13: the row ends before column"
                + " recipient_uei");
    assertThat(sink.rejects().get(3).reason)
        .startsWith("the row has 14 fields but the header has 13");
    assertThat(sink.rejects().get(4).reason).contains("text follows the closing quote");
    assertThat(sink.rejects().get(5).reason)
        .isEqualTo("contract_transaction_unique_key is empty, but every row needs it");
    assertThat(sink.rejects().get(6).reason).startsWith("not valid UTF-8: byte 0xE9 at byte 28 ");
    assertThat(sink.rejects().get(6).raw()).isEqualTo(badRow);

    // the valid rows: the multi-line description (one record, row 4) and rows 9 and 11
    assertThat(sink.records()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertThat(sink.draft("usaspending-transaction:T4").properties())
        .containsEntry("description", List.of("LINE ONE\r\nLINE \"TWO\", END"));
    RecordingSink.Event fourth =
        sink.events.stream().filter(e -> e.record == 4).findFirst().orElseThrow();
    assertThat(fourth.rawText()).isEqualTo(multiLine);
    assertThat(fourth.locator).hasToString("row:4");
    assertThat(sink.draft("usaspending-transaction:T9").properties())
        .containsEntry("date", List.of("2024-03-01"))
        .containsEntry("obligation", List.of("-1500"));
    assertThat(sink.draftsOf(11)).isNotEmpty();
    assertFitTheModel(sink.drafts());
  }

  @Test
  void rejects_the_rest_of_the_input_as_one_row_when_a_quote_is_not_closed() throws IOException {
    String csv =
        MINI_HEADER + "\nT2,A2,P2,0,2024-03-01,1,\"OPEN QUOTE,U2,CO2,,,,\nT3,A3,P3,0,2024-03-01,1";

    RecordingSink sink = read(csv.getBytes(UTF_8));

    assertThat(sink.events).hasSize(1);
    assertThat(sink.rejects().get(0).field).isEqualTo("transaction_description");
    assertThat(sink.rejects().get(0).reason)
        .isEqualTo("a quoted field is not closed before the end of the file");
    assertThat(sink.rejects().get(0).rawText()).startsWith("T2,").endsWith("2024-03-01,1");
  }

  @Test
  void links_a_subsidiary_to_its_parent_and_never_a_company_to_itself() throws IOException {
    String csv =
        MINI_HEADER
            + "\n"
            + "T2,A2,P2,0,2024-03-01,1,X,SUBSIDIARY1,ACME SOFTWARE LLC,PARENT00001,ACME HOLDINGS INC,,\n"
            + "T3,A3,P3,0,2024-03-01,1,X,SAMEASPARENT,ACME HOLDINGS INC,SAMEASPARENT,ACME HOLDINGS INC,,\n"
            + "T4,A4,P4,0,2024-03-01,1,X,,NAMED ONLY LLC,,Named Only LLC,,\n";

    RecordingSink sink = read(csv.getBytes(UTF_8));

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.draftsOf(2))
        .filteredOn(d -> d.schema().equals("Company"))
        .extracting(d -> d.id().value())
        .containsExactly("uei:SUBSIDIARY1", "uei:PARENT00001");
    assertThat(sink.draft("ownership:uei:PARENT00001:uei:SUBSIDIARY1").properties())
        .containsEntry("owner", List.of("uei:PARENT00001"))
        .containsEntry("asset", List.of("uei:SUBSIDIARY1"))
        .containsEntry("ownershipType", List.of("ultimate parent"));
    assertThat(sink.draftsOf(3)).extracting(EntityDraft::schema).doesNotContain("Ownership");
    assertThat(sink.draftsOf(3)).filteredOn(d -> d.schema().equals("Company")).hasSize(1);
    String hashed =
        "usaspending-recipient:" + ContractRowMapper.sha256("NAMED ONLY LLC").substring(0, 16);
    assertThat(sink.draftsOf(4))
        .filteredOn(d -> d.schema().equals("Company"))
        .extracting(d -> d.id().value())
        .containsExactly(hashed);
    assertThat(sink.draftsOf(4)).extracting(EntityDraft::schema).doesNotContain("Ownership");
    assertFitTheModel(sink.drafts());
  }

  @Test
  void skips_rows_up_to_the_resume_point_without_parsing_them() throws IOException {
    String csv =
        MINI_HEADER
            + "\n"
            + "T2,A2,P2,0,not a date,1,X,U2,CO2,,,,\n"
            + "T3,A3,P3,0,2024-03-01,1,X,U3,CO3,,,,\n"
            + "T4,A4,P4,0,2024-03-01,1,X,U4,CO4,,,,\n";
    UsaspendingRecordReader reader = new UsaspendingRecordReader();
    RecordingSink sink = new RecordingSink(reader, 3);

    reader.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), sink);

    assertThat(sink.records()).containsExactly(4L);
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void skips_the_entries_before_the_resume_point_when_reading_a_zip() throws IOException {
    byte[] zip =
        zip(
            Map.of(AS_SERVED, text(AS_SERVED), TRANSACTIONS, text(TRANSACTIONS)),
            List.of(AS_SERVED, TRANSACTIONS));
    UsaspendingRecordReader reader = new UsaspendingRecordReader();
    RecordingSink sink = new RecordingSink(reader, 9);

    reader.read(new ByteArrayInputStream(zip), sink);

    assertThat(sink.records()).containsExactly(10L, 11L);
    assertThat(sink.events.get(0).locator).hasToString("row:" + TRANSACTIONS + ":4");
  }

  @Test
  void gives_the_same_drafts_when_the_same_file_is_read_again() throws IOException {
    byte[] bytes = resource(TRANSACTIONS);
    UsaspendingRecordReader reader = new UsaspendingRecordReader();
    RecordingSink first = new RecordingSink(reader);
    RecordingSink second = new RecordingSink(reader);

    reader.read(new ByteArrayInputStream(bytes), first);
    reader.read(new ByteArrayInputStream(bytes), second);

    assertThat(second.drafts()).isEqualTo(first.drafts());
    assertThat(second.events.get(0).locator).hasToString("row:2");
  }

  @Test
  void skips_a_byte_order_mark_and_blank_rows_but_keeps_the_row_numbers() throws IOException {
    String csv = "\uFEFF" + MINI_HEADER + "\r\n\r\nT3,A3,P3,0,2024-03-01,1,X,U3,CO3,,,,\r\n\r\n";

    RecordingSink sink = read(csv.getBytes(UTF_8));

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.records()).containsExactly(3L);
  }

  @Test
  void leaves_out_the_address_when_the_recipient_is_a_sole_proprietor() throws IOException {
    String csv =
        "contract_award_unique_key,award_id_piid,total_obligated_amount,recipient_uei,"
            + "recipient_name,recipient_address_line_1,recipient_city_name,sole_proprietorship\n"
            + "A2,P2,100,PERSON00001,\"DOE, JANE\",1 MAIN ST,SPRINGFIELD,t\n"
            + "A3,P3,100,COMPANY0001,ACME INC,2 MAIN ST,SPRINGFIELD,f\n";

    RecordingSink sink = read(csv.getBytes(UTF_8));

    assertThat(sink.draft("uei:PERSON00001").properties()).doesNotContainKey("address");
    assertThat(sink.draft("uei:COMPANY0001").properties())
        .containsEntry("address", List.of("2 MAIN ST, SPRINGFIELD"));
  }

  @Test
  void converts_three_letter_country_codes_to_the_model_vocabulary() {
    assertThat(ContractRowMapper.country("USA")).isEqualTo("us");
    assertThat(ContractRowMapper.country("deu")).isEqualTo("de");
    assertThat(ContractRowMapper.country("XKS")).isEqualTo("xk");
    assertThat(ContractRowMapper.country("ZZZ")).isNull();
    for (String iso3 : List.of("USA", "CAN", "MEX", "GBR", "ISR", "PRI", "GUM")) {
      assertThat(MODEL.vocabulary(PropertyType.COUNTRY))
          .contains(Objects.requireNonNull(ContractRowMapper.country(iso3)));
    }
  }

  private static void assertFitTheModel(List<EntityDraft> drafts) {
    assertThat(drafts).isNotEmpty();
    assertThat(drafts).allSatisfy(draft -> assertThat(MODEL.check(draft)).isEmpty());
    assertThat(drafts)
        .allSatisfy(
            draft ->
                assertThat(draft.properties().values())
                    .allSatisfy(values -> assertThat(values).doesNotContain("")));
  }

  private static RecordingSink read(byte[] bytes) throws IOException {
    UsaspendingRecordReader reader = new UsaspendingRecordReader();
    RecordingSink sink = new RecordingSink(reader);
    reader.read(new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static byte[] resource(String name) {
    try (InputStream in = UsaspendingRecordReaderTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String name) {
    return new String(resource(name), UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] zip(Map<String, String> entries, List<String> order) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, UTF_8)) {
      for (String name : order) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Objects.requireNonNull(entries.get(name)).getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
