package org.vigilance.ingest.ocds;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.RecordingSink;

class OcdsRecordReaderTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();
  private static final String OCID = "ocds-213czf-000-00001";
  private static final String BARNET = "ocds-party:ocds-213czf:GB-LAC-E09000003";
  private static final String ANYCORP = "ocds-party:ocds-213czf:GB-COH-11111111.0";
  private static final String BETACORP = "ocds-party:ocds-213czf:GB-COH-22222222.0";
  private static final String CONTRACT =
      "ocds-contract:" + OCID + ":ocds-213czf-000-00001-contract-01";

  /** JSON written with single quotes, for legibility. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static RecordingSink read(String text) throws IOException {
    return read(new OcdsRecordReader(MODEL), text.getBytes(UTF_8), 0);
  }

  private static RecordingSink read(OcdsRecordReader reader, byte[] bytes, long resumeAfter)
      throws IOException {
    RecordingSink sink = new RecordingSink(reader, resumeAfter);
    reader.read(new ByteArrayInputStream(bytes), sink);
    for (EntityDraft draft : sink.drafts()) {
      assertThat(MODEL.check(draft)).as("%s", draft).isEmpty();
    }
    return sink;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = OcdsRecordReaderTest.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  private static RecordingSink readResource(String name) throws IOException {
    return read(new OcdsRecordReader(MODEL), resource(name), 0);
  }

  private static List<String> values(EntityDraft draft, String property) {
    return draft.properties().getOrDefault(property, List.of());
  }

  @Test
  void numbers_releases_in_file_order_and_compiles_each_ocid_after_its_last_release()
      throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'releases':["
                    + "{'ocid':'ocds-abc123-A','id':'a1','date':'2020-01-01T00:00:00Z',"
                    + "'tender':{'id':'t','title':'Old title'}},"
                    + "{'ocid':'ocds-abc123-B','id':'b1','date':'2020-01-02T00:00:00Z'},"
                    + "{'ocid':'ocds-abc123-A','id':'a2','date':'2020-02-01T00:00:00Z',"
                    + "'tender':{'id':'t','title':'New title'}}]}"));

    assertThat(sink.locators())
        .containsExactly(
            "1 release:1:ocds-abc123-A/a1",
            "2 release:2:ocds-abc123-B/b1",
            "3 record:3:ocds-abc123-B",
            "4 release:4:ocds-abc123-A/a2",
            "5 record:5:ocds-abc123-A");
    assertThat(values(sink.draft(1, "ocds-tender:ocds-abc123-A"), "title"))
        .containsExactly("Old title");
    assertThat(values(sink.draft(4, "ocds-tender:ocds-abc123-A"), "title"))
        .containsExactly("New title");
    assertThat(values(sink.draft(5, "ocds-tender:ocds-abc123-A"), "title"))
        .containsExactly("New title");
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void keeps_what_each_release_said_and_the_newest_in_the_compiled_record() throws IOException {
    RecordingSink sink = readResource("fictional-1.1_ocds-213czf-000-00001.json");

    assertThat(sink.locators())
        .containsExactly(
            "1 release:1:" + OCID + "/ocds-213czf-000-00001-01-planning",
            "2 release:2:" + OCID + "/ocds-213czf-000-00001-02-tender",
            "3 release:3:" + OCID + "/ocds-213czf-000-00001-03-tenderAmendment",
            "4 release:4:" + OCID + "/ocds-213czf-000-00001-04-award",
            "5 release:5:" + OCID + "/ocds-213czf-000-00001-05-contract",
            "6 release:6:" + OCID + "/ocds-213czf-000-00001-06-implementation",
            "7 record:7:" + OCID);
    String tender = "ocds-tender:" + OCID;
    assertThat(values(sink.draft(2, tender), "submissionDeadline"))
        .containsExactly("2010-04-01T18:00:00Z");
    assertThat(values(sink.draft(3, tender), "submissionDeadline"))
        .containsExactly("2010-04-08T18:00:00Z");
    assertThat(values(sink.draft(7, tender), "submissionDeadline"))
        .containsExactly("2010-04-08T18:00:00Z");
    assertThat(values(sink.draft(7, tender), "description"))
        .contains(
            "Amendment 1.0 of 2010-03-20T09:45:00Z: The tender period has been extended in"
                + " accordance with council guidelines — The closing date for tender submissions"
                + " has been extended to 2017-04-08");
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void maps_parties_by_role_and_identifier_scheme() throws IOException {
    RecordingSink sink = readResource("fictional-1.1_ocds-213czf-000-00001.json");

    EntityDraft barnet = sink.draft(7, BARNET);
    assertThat(barnet.schema()).isEqualTo("PublicBody");
    assertThat(values(barnet, "name")).containsExactly("London Borough of Barnet");
    assertThat(values(barnet, "country")).containsExactly("gb");
    assertThat(values(barnet, "idNumber")).containsExactly("E09000003");
    assertThat(values(barnet, "address"))
        .containsExactly(
            "4, North London Business Park, Oakleigh Rd S, London, London, N11 1NP,"
                + " United Kingdom");
    assertThat(values(barnet, "notes"))
        .singleElement()
        .satisfies(
            notes ->
                assertThat(notes)
                    .contains("\"roles\":[\"buyer\",\"procuringEntity\"]")
                    .contains("\"scheme\":\"GB-LAC\""));

    EntityDraft anycorp = sink.draft(7, ANYCORP);
    assertThat(anycorp.schema()).isEqualTo("Company");
    assertThat(values(anycorp, "name")).containsExactly("AnyCorp Cycle Provision");
    assertThat(values(anycorp, "alias")).containsExactly("AnyCorp Ltd");
    assertThat(values(anycorp, "registrationNumber")).containsExactly("11111111.0");
    assertThat(sink.draft(7, BETACORP).schema()).isEqualTo("Company");

    assertThat(sink.draft(1, BARNET).schema()).isEqualTo("PublicBody");
    assertThat(sink.drafts(1)).extracting(d -> d.id().value()).doesNotContain(ANYCORP);
  }

  @Test
  void records_no_contact_point_since_they_name_people() throws IOException {
    RecordingSink sink = readResource("fictional-1.1_ocds-213czf-000-00001.json");

    for (EntityDraft draft : sink.drafts()) {
      for (List<String> values : draft.properties().values()) {
        for (String value : values) {
          assertThat(value)
              .doesNotContain("procurement-team@example.com")
              .doesNotContain("Procurement Team")
              .doesNotContain("contactPoint");
        }
      }
    }
  }

  @Test
  void maps_tender_awards_contracts_and_payments_to_their_parties() throws IOException {
    RecordingSink sink = readResource("fictional-1.1_ocds-213czf-000-00001.json");

    EntityDraft call = sink.draft(7, "ocds-tender:" + OCID);
    assertThat(call.schema()).isEqualTo("CallForTenders");
    assertThat(values(call, "authority")).containsExactly(BARNET);
    assertThat(values(call, "tenderers")).contains(BETACORP);

    EntityDraft contract = sink.draft(7, CONTRACT);
    assertThat(contract.schema()).isEqualTo("Contract");
    assertThat(values(contract, "authority")).containsExactly(BARNET);
    assertThat(values(contract, "amount")).containsExactly("11000000");
    assertThat(values(contract, "currency")).containsExactly("GBP");
    assertThat(values(contract, "contractDate")).containsExactly("2010-06-10T14:23:12Z");
    assertThat(values(contract, "language")).containsExactly("eng");
    assertThat(values(contract, "project")).containsExactly("ocds:" + OCID);

    EntityDraft award =
        sink.draft(
            7,
            "ocds-award:" + OCID + ":ocds-213czf-000-00001-award-01:ocds-213czf:GB-COH-11111111.0");
    assertThat(award.schema()).isEqualTo("ContractAward");
    assertThat(values(award, "supplier")).containsExactly(ANYCORP);
    assertThat(values(award, "contract")).containsExactly(CONTRACT);
    assertThat(values(award, "callForTenders")).containsExactly("ocds-tender:" + OCID);

    EntityDraft payment =
        sink.draft(
            7,
            "ocds-payment:" + OCID + ":ocds-213czf-000-00001-contract-01:ocds-213czf-000-00001-1");
    assertThat(payment.schema()).isEqualTo("Payment");
    assertThat(values(payment, "payer")).containsExactly(BARNET);
    assertThat(values(payment, "beneficiary")).containsExactly(ANYCORP);
    assertThat(values(payment, "amount")).containsExactly("50000");
    assertThat(values(payment, "date")).containsExactly("2010-08-01T00:00:00Z");
    assertThat(values(payment, "contract")).containsExactly(CONTRACT);

    EntityDraft process = sink.draft(7, "ocds:" + OCID);
    assertThat(process.schema()).isEqualTo("Project");
    assertThat(values(process, "amount")).containsExactly("6700000");
    assertThat(values(process, "notes")).anyMatch(notes -> notes.contains("\"initiationType\""));
  }

  @Test
  void reads_a_record_package_as_its_compiled_release() throws IOException {
    RecordingSink releases = readResource("fictional-1.1_ocds-213czf-000-00001.json");
    RecordingSink record = readResource("fictional-1.1_record_ocds-213czf-000-00001.json");

    assertThat(record.locators()).containsExactly("1 record:1:" + OCID);
    for (String id : List.of(BARNET, ANYCORP, BETACORP, CONTRACT, "ocds-tender:" + OCID)) {
      assertThat(record.draft(1, id)).isEqualTo(releases.draft(7, id));
    }
  }

  @Test
  void reads_a_versioned_release_as_a_record() throws IOException {
    RecordingSink sink = readResource("realdata_versioned-release-1.json");

    assertThat(sink.locators()).containsExactly("1 record:1:OCDS-87SD3T-AD-SF-DRM-063-2015");
    assertThat(sink.drafts()).extracting(EntityDraft::schema).contains("Contract", "PublicBody");
  }

  @Test
  void rejects_a_release_without_ocid_with_its_own_bytes() throws IOException {
    String second = "{'id':'2', 'date':'2020-01-01'}";
    RecordingSink sink =
        read(
            json(
                "{'releases':[{'ocid':'ocds-abc123-A','id':'1','date':'2020-01-01'}, "
                    + second
                    + "]}"));

    RecordingSink.Event reject = sink.rejects().get(0);
    assertThat(sink.rejects()).hasSize(1);
    assertThat(reject.record).isEqualTo(3);
    assertThat(reject.locator.value()).isEqualTo("release:3");
    assertThat(reject.field).isEqualTo("ocid");
    assertThat(reject.reason).isEqualTo("the release has no 'ocid'");
    assertThat(new String(reject.raw(), UTF_8)).isEqualTo(json(second));
  }

  static Stream<Arguments> bad_releases() {
    return Stream.of(
        Arguments.of("{'ocid':'ocds-abc123-A','id':'1'}", "date", "the release has no 'date'"),
        Arguments.of("{'ocid':7,'date':'2020'}", "ocid", "'ocid' is a JSON number, not a string"),
        Arguments.of("{'ocid':' ','date':'2020'}", "ocid", "'ocid' is empty"),
        Arguments.of("'text'", null, "the release is a JSON string, not an object"));
  }

  @ParameterizedTest
  @MethodSource("bad_releases")
  void rejects_a_release_that_cannot_be_compiled(
      String release, @Nullable String field, String reason) throws IOException {
    RecordingSink sink = read(json("{'releases':[" + release + "]}"));

    assertThat(sink.events)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.draft).isNull();
              assertThat(reject.field).isEqualTo(field);
              assertThat(reject.reason).startsWith(reason);
            });
  }

  static Stream<Arguments> not_ocds() {
    return Stream.of(
        Arguments.of("null", "the file holds JSON null"),
        Arguments.of("42", "the file holds a JSON number"),
        Arguments.of("true", "the file holds JSON true"),
        Arguments.of("false", "the file holds JSON false"),
        Arguments.of("'text'", "the file holds a JSON string"),
        Arguments.of("", "the file is empty"),
        Arguments.of("  \n\t \n", "the file holds only whitespace"),
        Arguments.of("[]", "the file holds an empty JSON array"),
        Arguments.of("{}", "the file holds an empty JSON object"),
        Arguments.of("{'char':'x'}", "a JSON object with no releases or records (keys: char)"),
        Arguments.of("{'$schema':'x','id':'y'}", "(it looks like a JSON Schema)"),
        Arguments.of("{'releases':[]}", "a release package whose 'releases' array is empty"),
        Arguments.of("{'records':{}}", "has 'records' that is a JSON object, not an array"),
        Arguments.of("[1,2]", "element 1 of the JSON array in the file is a JSON number"),
        Arguments.of("{'ocid':'x','date':'2020'}\n7\n", "line 2 holds a JSON number"),
        Arguments.of("[\n{'ocid':'x','date':'2020'}\n]\n{}", "value 2 of the file (line 4)"),
        Arguments.of("{'releases': [", "the file is not JSON: Unexpected end-of-input"),
        Arguments.of("# title\ntext", "the file is not JSON: Unexpected character ('#'"));
  }

  @ParameterizedTest
  @MethodSource("not_ocds")
  void fails_before_importing_anything_when_the_input_is_not_ocds(
      String input, String says, @TempDir Path temp) throws IOException {
    byte[] bytes = json(input).getBytes(UTF_8);
    Path file = Files.write(temp.resolve("input.json"), bytes);
    OcdsRecordReader reader = new OcdsRecordReader(MODEL);
    RecordingSink sink = new RecordingSink(reader);

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), sink))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("not OCDS: ")
        .hasMessageContaining(says);
    assertThatThrownBy(() -> OcdsRecordReader.check(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not OCDS: ")
        .hasMessageContaining(says);
    assertThat(sink.events).isEmpty();
  }

  @Test
  void says_what_it_expected_when_the_input_is_a_number() {
    assertThatThrownBy(
            () ->
                new OcdsRecordReader(MODEL)
                    .read(
                        new ByteArrayInputStream("1".getBytes(UTF_8)),
                        new RecordingSink(new OcdsRecordReader(MODEL))))
        .hasMessage(
            "not OCDS: the file holds a JSON number, expected a release package, record package,"
                + " release, record or an array of them");
  }

  @Test
  void passes_the_check_when_the_file_is_ocds(@TempDir Path temp) throws IOException {
    Path file =
        Files.write(
            temp.resolve("release.json"), json("{'ocid':'x','date':'2020'}").getBytes(UTF_8));

    OcdsRecordReader.check(file);
  }

  @Test
  void reads_json_lines_and_rejects_only_the_line_that_is_not_json() throws IOException {
    String broken = "{'ocid': broken";
    RecordingSink sink =
        read(
            json(
                "{'ocid':'ocds-abc123-A','id':'1','date':'2020-01-01'}\n"
                    + broken
                    + "\r\n{'ocid':'ocds-abc123-B','id':'2','date':'2020-01-02'}\n\n"));

    assertThat(sink.locators())
        .containsExactly(
            "1 release:1:ocds-abc123-A/1",
            "2 record:2:ocds-abc123-A",
            "3 release:3",
            "4 release:4:ocds-abc123-B/2",
            "5 record:5:ocds-abc123-B");
    RecordingSink.Event reject = sink.rejects().get(0);
    assertThat(reject.reason).startsWith("line 2 is not JSON: ");
    assertThat(new String(reject.raw(), UTF_8)).isEqualTo(json(broken));
  }

  @Test
  void reads_packages_and_arrays_one_after_another() throws IOException {
    String releasePackage =
        "{'uri':'http://example.com/id/1','publisher':{'name':'Acme'},'version':'1.1',"
            + "'releases':[{'ocid':'ocds-213czf-1','id':'1','date':'2001-02-03T04:05:06Z'}]}";
    RecordingSink sink =
        read(
            json(
                "[\n  "
                    + releasePackage
                    + ",\n  "
                    + releasePackage
                    + "\n]\n["
                    + releasePackage
                    + "]\n"));

    assertThat(sink.locators())
        .containsExactly(
            "1 release:1:ocds-213czf-1/1",
            "2 release:2:ocds-213czf-1/1",
            "3 release:3:ocds-213czf-1/1",
            "4 record:4:ocds-213czf-1");
    assertThat(values(sink.draft(4, "ocds:ocds-213czf-1"), "publisher")).containsExactly("Acme");
  }

  @Test
  void skips_the_records_an_earlier_run_committed() throws IOException {
    byte[] bytes = resource("fictional-1.1_ocds-213czf-000-00001.json");
    OcdsRecordReader reader = new OcdsRecordReader(MODEL);

    RecordingSink sink = read(reader, bytes, 5);

    assertThat(sink.locators())
        .containsExactly(
            "6 release:6:" + OCID + "/ocds-213czf-000-00001-06-implementation",
            "7 record:7:" + OCID);
    assertThat(reader.locate(2).value())
        .isEqualTo("release:2:" + OCID + "/ocds-213czf-000-00001-02-tender");
  }

  @Test
  void reads_iso_8859_1_like_the_same_data_in_utf_8_and_says_so() throws IOException {
    OcdsRecordReader latin1Reader = new OcdsRecordReader(MODEL);
    RecordingSink latin1 =
        read(latin1Reader, resource("realdata_release-package_encoding-iso-8859-1.json"), 0);
    OcdsRecordReader utf8Reader = new OcdsRecordReader(MODEL);
    RecordingSink utf8 =
        read(utf8Reader, resource("realdata_release-package_encoding-utf-8.json"), 0);

    assertThat(latin1Reader.warnings())
        .anyMatch(warning -> warning.startsWith("read as ISO-8859-1: the file is not UTF-8"));
    assertThat(utf8Reader.warnings()).noneMatch(warning -> warning.contains("ISO-8859-1"));
    // the two files say the same in two encodings; only their numbers are written differently
    assertThat(texts(latin1.drafts())).isEqualTo(texts(utf8.drafts()));
    assertThat(latin1.drafts())
        .filteredOn(draft -> draft.schema().equals("Project"))
        .allSatisfy(
            draft -> assertThat(values(draft, "notes")).contains(latin1Reader.warnings().get(0)));
    assertThat(latin1.drafts())
        .anyMatch(draft -> draft.properties().toString().contains("Ó"))
        .noneMatch(draft -> draft.properties().toString().contains("\uFFFD"));
  }

  /** Each draft's id, schema and texts (names, titles, descriptions, addresses). */
  private static List<String> texts(List<EntityDraft> drafts) {
    List<String> texts = new ArrayList<>();
    for (EntityDraft draft : drafts) {
      Map<String, List<String>> properties = new TreeMap<>(draft.properties());
      properties.keySet().retainAll(List.of("name", "alias", "title", "description", "address"));
      texts.add(draft.id() + " " + draft.schema() + " " + properties);
    }
    return texts;
  }

  @Test
  void skips_a_utf_8_byte_order_mark() throws IOException {
    String release =
        json("{'ocid':'ocds-abc123-A','id':'1','date':'2020','tender':{'title':'Café'}}");
    byte[] plain = release.getBytes(UTF_8);
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    RecordingSink sink = read(new OcdsRecordReader(MODEL), withBom, 0);

    assertThat(sink.drafts()).isEqualTo(read(release).drafts());
  }

  @Test
  void refuses_text_that_is_neither_utf_8_nor_iso_8859_1() {
    byte[] windows1252 =
        json("{'ocid':'x','date':'2020','tender':{'title':'\u0093quoted\u0094'}}")
            .getBytes(ISO_8859_1);

    assertThatThrownBy(() -> read(new OcdsRecordReader(MODEL), windows1252, 0))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not OCDS: the file is neither UTF-8 nor ISO-8859-1 text")
        .hasMessageContaining("Windows-1252");
  }

  @Test
  void keeps_replacement_characters_that_the_data_already_holds() throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'ocid':'ocds-abc123-A','date':'2020','parties':[{'id':'p','name':'Constructora"
                    + " Ca\uFFFDon','roles':['supplier']}]}"));

    assertThat(values(sink.draft(1, "ocds-party:ocds-abc123-A:p"), "name"))
        .containsExactly("Constructora Ca\uFFFDon");
  }

  @Test
  void maps_identifiers_by_scheme_and_keeps_the_schemes_in_notes() throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'ocid':'ocds-abc123-A','date':'2020','parties':[{'id':'p','name':'Vendor',"
                    + "'roles':['supplier'],'identifier':{'scheme':'XI-LEI','id':'5493001KJTIIGC8Y1R12'},"
                    + "'additionalIdentifiers':[{'scheme':'GB-VAT','id':'GB123'},"
                    + "{'scheme':'MX-RFC','id':'ABC010101AAA'},{'scheme':'XX-LOCAL','id':'77'}]},"
                    + "{'id':'q','name':'Sole trader','roles':['tenderer']}]}"));

    EntityDraft vendor = sink.draft(1, "ocds-party:ocds-abc123:XI-LEI-5493001KJTIIGC8Y1R12");
    assertThat(vendor.schema()).isEqualTo("LegalEntity");
    assertThat(values(vendor, "leiCode")).containsExactly("5493001KJTIIGC8Y1R12");
    assertThat(values(vendor, "vatCode")).containsExactly("GB123");
    assertThat(values(vendor, "taxNumber")).containsExactly("ABC010101AAA");
    assertThat(values(vendor, "idNumber")).containsExactly("77");
    assertThat(values(vendor, "notes")).singleElement().asString().contains("\"XX-LOCAL\"");
    assertThat(sink.draft(1, "ocds-party:ocds-abc123-A:q").schema()).isEqualTo("LegalEntity");
  }

  @Test
  void names_ocds_1_0_organisations_by_identifier_else_by_name() throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'ocid':'ocds-abc123-A','date':'2020','buyer':{'name':'City Hall'},"
                    + "'awards':[{'id':'1','suppliers':[{'name':'Acme','identifier':{'id':'42'}}]}],"
                    + "'contracts':[{'id':'c','awardID':'1','implementation':{'transactions':[{'id':'t',"
                    + "'amount':{'amount':5.50,'currency':'MXN'},"
                    + "'providerOrganization':{'scheme':'MX-RFC','id':'CH1','legalName':'City Hall'},"
                    + "'receiverOrganization':{'id':'42'}}]}}]}"));

    assertThat(sink.draft(1, "ocds-party:ocds-abc123-A:name:City_Hall").schema())
        .isEqualTo("PublicBody");
    assertThat(sink.draft(1, "ocds-party:ocds-abc123:noscheme-42").schema())
        .isEqualTo("LegalEntity");
    EntityDraft payment = sink.draft(1, "ocds-payment:ocds-abc123-A:c:t");
    assertThat(values(payment, "payer")).containsExactly("ocds-party:ocds-abc123:MX-RFC-CH1");
    assertThat(values(payment, "beneficiary"))
        .containsExactly("ocds-party:ocds-abc123:noscheme-42");
    assertThat(values(payment, "amount")).containsExactly("5.50");
    assertThat(
            values(sink.draft(1, "ocds-award:ocds-abc123-A:1:ocds-abc123:noscheme-42"), "contract"))
        .containsExactly("ocds-contract:ocds-abc123-A:c");
  }

  @Test
  void keeps_unknown_fields_and_misfit_values_in_notes() throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'ocid':'ocds-abc123-A','date':'2020','x_extension':{'a':1},"
                    + "'contracts':[{'id':'c','dateSigned':'soon','x_lots':[{'id':'1'}]}]}"));

    assertThat(values(sink.draft(1, "ocds:ocds-abc123-A"), "notes"))
        .singleElement()
        .asString()
        .contains("\"x_extension\":{\"a\":1}");
    EntityDraft contract = sink.draft(1, "ocds-contract:ocds-abc123-A:c");
    assertThat(values(contract, "contractDate")).isEmpty();
    assertThat(values(contract, "notes"))
        .containsExactly(
            "{\"x_lots\":[{\"id\":\"1\"}]}",
            "{\"valuesNotFitForFtM\":{\"contractDate\":[\"soon\"]}}");
  }

  @Test
  void leaves_releases_tagged_compiled_out_of_the_merge() throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'releases':["
                    + "{'ocid':'ocds-abc123-A','id':'1','date':'2020-01-01','tag':['tender'],"
                    + "'tender':{'title':'from the release'}},"
                    + "{'ocid':'ocds-abc123-A','id':'c','date':'2020-02-01','tag':['compiled'],"
                    + "'tender':{'title':'from the compiled release'}}]}"));

    assertThat(values(sink.draft(3, "ocds-tender:ocds-abc123-A"), "title"))
        .containsExactly("from the release");
  }

  @Test
  void rejects_a_record_whose_releases_are_only_linked() throws IOException {
    RecordingSink sink =
        read(
            json(
                "{'records':[{'ocid':'ocds-abc123-A','releases':[{'url':'http://example.com/1',"
                    + "'date':'2020','tag':['tender']}]}]}"));

    assertThat(sink.events)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.locator.value()).isEqualTo("record:1:ocds-abc123-A");
              assertThat(reject.field).isEqualTo("compiledRelease");
            });
  }

  @Test
  void warns_of_shared_ids_and_unknown_versions() throws IOException {
    OcdsRecordReader reader = new OcdsRecordReader(MODEL);
    read(reader, resource("release-package_warning.json"), 0);

    assertThat(reader.warnings())
        .containsExactly(
            "ocds-213czf-1: Multiple objects have the `id` value '1' in the `parties` array: they"
                + " are merged");

    read(
        reader,
        json("{'version':'9.9','releases':[{'ocid':'x','date':'2020'}]}").getBytes(UTF_8),
        0);
    assertThat(reader.warnings()).containsExactly("unknown OCDS version '9.9': read as OCDS 1.1");
  }

  @Test
  void names_its_records_releases() {
    OcdsRecordReader reader = new OcdsRecordReader(MODEL);

    assertThat(reader.recordKind()).isEqualTo("release");
    assertThat(reader.locate(9).value()).isEqualTo("release:9");
  }

  @Test
  void turns_country_names_and_language_tags_into_codes() {
    assertThat(CountryNames.code("United Kingdom")).isEqualTo("gb");
    assertThat(CountryNames.code("México")).isEqualTo("mx");
    assertThat(CountryNames.code("MX")).isEqualTo("mx");
    assertThat(CountryNames.code("Royaume-Uni")).isEqualTo("gb");
    assertThat(CountryNames.code("USA")).isEqualTo("us");
    assertThat(CountryNames.code("Atlantis")).isNull();
    assertThat(CountryNames.language("en")).isEqualTo("eng");
    assertThat(CountryNames.language("fr-CA")).isEqualTo("fra");
  }
}
