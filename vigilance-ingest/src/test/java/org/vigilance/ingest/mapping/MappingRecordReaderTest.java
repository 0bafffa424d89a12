package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.entity.Model;
import org.vigilance.ingest.ftm.FtmSchemaLoader;
import org.vigilance.testing.RecordingSink;

/** The reader on real mapping fixtures (Aleph's, FtM's, the demo case's) and on broken rows. */
class MappingRecordReaderTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();

  @TempDir Path dir;

  static Path resource(String name) {
    URL url = MappingRecordReaderTest.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static RecordingSink read(MappingRecordReader reader, Path csv, long resumeAfter)
      throws IOException {
    RecordingSink sink = new RecordingSink(resumeAfter);
    try (InputStream in = Files.newInputStream(csv)) {
      reader.read(in, sink);
    }
    return sink;
  }

  static RecordingSink read(MappingRecordReader reader, byte[] csv) throws IOException {
    RecordingSink sink = new RecordingSink();
    reader.read(new ByteArrayInputStream(csv), sink);
    return sink;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private MappingRecordReader mapping(String yaml) throws IOException {
    return MappingRecordReader.open(write("mapping.yml", yaml), null, MODEL);
  }

  private static Set<String> ids(List<EntityDraft> drafts) {
    return drafts.stream().map(d -> d.id().value()).collect(Collectors.toSet());
  }

  private static void assertAllFitTheModel(RecordingSink sink) {
    for (EntityDraft draft : sink.drafts()) {
      assertThat(MODEL.check(draft)).as("check of %s", draft).isEmpty();
    }
  }

  @Test
  void maps_alephs_experts_fixture_to_organizations_people_and_memberships() throws IOException {
    Path csv = resource("aleph/experts.csv");
    MappingRecordReader reader =
        MappingRecordReader.open(resource("aleph/experts.yml"), csv, MODEL);

    RecordingSink sink = read(reader, csv, 0);

    assertThat(reader.recordKind()).isEqualTo("row");
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.drafts("Organization")).hasSize(14);
    assertThat(ids(sink.drafts("Organization"))).hasSize(4);
    assertThat(sink.drafts("Person")).hasSize(14);
    assertThat(ids(sink.drafts("Person"))).hasSize(14);
    assertThat(sink.drafts("Membership")).hasSize(14);
    assertThat(sink.drafts()).hasSize(42);
    assertThat(sink.records()).first().isEqualTo(2L);
    assertThat(sink.records()).last().isEqualTo(15L);
    assertAllFitTheModel(sink);
  }

  @Test
  void gives_ftm_ids_when_mapping_names_a_dataset() throws IOException {
    Path csv = resource("aleph/experts.csv");
    RecordingSink sink =
        read(MappingRecordReader.open(resource("aleph/experts.yml"), csv, MODEL), csv, 0);

    // Computed with Python's hashlib and hmac, as followthemoney does (EntityMapping.compute_key,
    // then Namespace("experts").sign):
    //   key = sha1(b"experts" + b"" + b"Klaus Trutzel").hexdigest()
    //   id = key + "." + hmac.new(b"experts", key.encode(), "sha1").hexdigest()
    String person =
        "a65014b10bc85068f7bc9b4fc630306703535a49.b66f815cc1a5cff07945b06e275f141f5a0287ef";
    // sha1(b"experts" + b"E00021")
    String group =
        "83e4abd6c93241bb8dc4207c1dfe38503acefa93.90e49601012f929439fc55c38c3ec472e9023b89";
    // sha1(b"experts" + b"Membership" + b"E00021" + b"Klaus Trutzel"), key values sorted as bytes
    String membership =
        "52ba4d9053b89cb45867edcf71cb0e4a11cff224.ba9f9a64eea4fdd70e26fbb55eafe4d70b16e31c";
    List<EntityDraft> row2 =
        sink.events.stream().filter(e -> e.record == 2).map(e -> e.draft).toList();

    assertThat(row2)
        .containsExactly(
            new EntityDraft(
                org.vigilance.core.entity.EntityId.of(group),
                "Organization",
                Map.of(
                    "name",
                    List.of("Urban Audit"),
                    "sourceUrl",
                    List.of(
                        "http://ec.europa.eu/transparency/regexpert/detailGroup.cfm?groupID=21"))),
            new EntityDraft(
                org.vigilance.core.entity.EntityId.of(person),
                "Person",
                Map.of(
                    "name", List.of("Klaus Trutzel"),
                    "nationality", List.of("de"),
                    "gender", List.of("male"))),
            new EntityDraft(
                org.vigilance.core.entity.EntityId.of(membership),
                "Membership",
                Map.of(
                    "member", List.of(person),
                    "organization", List.of(group),
                    "role", List.of("Member"))));
  }

  @Test
  void maps_the_same_ids_every_time() throws IOException {
    Path csv = resource("aleph/experts.csv");
    Path yml = resource("aleph/experts.yml");

    List<EntityDraft> first = read(MappingRecordReader.open(yml, csv, MODEL), csv, 0).drafts();
    List<EntityDraft> second = read(MappingRecordReader.open(yml, null, MODEL), csv, 0).drafts();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void maps_the_ice_awards_to_contracts_awards_offices_and_companies() throws IOException {
    Path csv = resource("ice/ice-awards-palantir.csv");
    RecordingSink sink =
        read(MappingRecordReader.open(resource("ice/ice-awards.yml"), csv, MODEL), csv, 0);

    assertThat(sink.rejects()).isEmpty();
    assertAllFitTheModel(sink);
    assertThat(sink.drafts("Contract")).hasSize(3);
    assertThat(ids(sink.drafts("PublicBody"))).hasSize(2);
    assertThat(ids(sink.drafts("Company"))).hasSize(2);
    assertThat(sink.drafts("ContractAward")).hasSize(3);
    // only the 2014 award went to a subsidiary (Palantir USG) of its parent
    assertThat(sink.drafts("Ownership")).hasSize(1);
    assertThat(
            sink.events.stream()
                .filter(e -> e.draft != null && e.draft.schema().equals("Ownership")))
        .extracting(e -> e.record)
        .containsExactly(2L);

    EntityDraft icm = sink.drafts("Contract").get(0);
    assertThat(icm.properties())
        .containsEntry("name", List.of("HSCETC14C00002"))
        .containsEntry("title", List.of("Web-Enabled Investigating Case Management (ICM) System"))
        .containsEntry("amount", List.of("53148388.39"))
        .containsEntry("currency", List.of("USD"));
    EntityDraft office =
        sink.drafts("PublicBody").stream()
            .filter(d -> List.of("Mission Support Washington").equals(d.properties().get("name")))
            .findFirst()
            .orElseThrow();
    assertThat(icm.properties().get("authority")).containsExactly(office.id().value());
    assertThat(office.properties()).containsEntry("jurisdiction", List.of("us"));

    EntityDraft usg =
        sink.drafts("Company").stream()
            .filter(d -> List.of("Palantir USG").equals(d.properties().get("name")))
            .findFirst()
            .orElseThrow();
    assertThat(usg.properties()).containsEntry("address", List.of("Palo Alto, CA"));
    EntityDraft ownership = sink.drafts("Ownership").get(0);
    assertThat(ownership.properties().get("asset")).containsExactly(usg.id().value());
    assertThat(ownership.properties().get("owner")).doesNotContain(usg.id().value());
    EntityDraft award = sink.drafts("ContractAward").get(0);
    assertThat(award.properties().get("contract")).containsExactly(icm.id().value());
    assertThat(award.properties().get("supplier")).containsExactly(usg.id().value());
    assertThat(award.properties()).doesNotContainKey("amount");
  }

  @Test
  void maps_ftms_kek_mapping_from_a_csv_of_the_joined_columns() throws IOException {
    // FtM's test_kek_map_single record, and one whose subsidiary is missing
    Path csv =
        write(
            "kek.csv",
            "comp.id,sub.id,comp.name,shares.share,comp.url,sub.name,comp.address\n"
                + "4,7.4,Pets.com Ltd,40%,https://pets.com,DogFood Sales Corp.,"
                + "\"10 Broadstreet, 20388 Washington, DC\"\n"
                + "5,,Toys Ltd,,,,\n");
    MappingRecordReader reader = MappingRecordReader.open(resource("ftm/kek.yml"), csv, MODEL);

    RecordingSink sink = read(reader, csv, 0);

    assertThat(sink.rejects()).isEmpty();
    assertAllFitTheModel(sink);
    assertThat(sink.events.stream().filter(e -> e.record == 2)).hasSize(3);
    EntityDraft company = sink.drafts("Company").get(0);
    assertThat(company.properties())
        .containsEntry("name", List.of("Pets.com Ltd"))
        .containsEntry("address", List.of("10 Broadstreet, 20388 Washington, DC"))
        .containsEntry("sourceUrl", List.of("https://pets.com"));
    EntityDraft ownership = sink.drafts("Ownership").get(0);
    assertThat(ownership.properties()).containsEntry("percentage", List.of("40%"));
    // no dataset name in kek.yml: plain SHA-1 keys, as model.make_mapping(data) gives
    assertThat(company.id().value()).matches("[0-9a-f]{40}");
    // row 3: no subsidiary, and the ownership requires one
    assertThat(sink.events.stream().filter(e -> e.record == 3))
        .extracting(e -> e.draft == null ? "reject" : e.draft.schema())
        .containsExactly("Company");
  }

  @Test
  void maps_ftms_links_fixture_with_relationships_joins_and_splits() throws IOException {
    Path csv = resource("ftm/links.csv");
    MappingRecordReader directors =
        mapping(
            """
            entities:
              director:
                schema: Person
                key: id
                properties:
                  name: {column: name}
                  address: {join: ", ", columns: [house_number, town, zip]}
                  notes: {split: "; ", column: fave_colours}
              company:
                schema: Company
                key: comp_id
                properties:
                  name: {column: comp_name}
              directorship:
                schema: Directorship
                keys: [comp_id, id]
                properties:
                  director: {entity: director}
                  organization: {entity: company}
                  role: {column: role}
            """);

    RecordingSink sink = read(directors, csv, 0);

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.drafts()).hasSize(3);
    EntityDraft director = sink.drafts("Person").get(0);
    assertThat(director.properties())
        .containsEntry("name", List.of("Wile E. Coyote"))
        .containsEntry("address", List.of("64, The Desert, 01234"))
        .containsEntry("notes", List.of("brown", "black", "blue"));
    assertThat(sink.drafts("Directorship").get(0).properties())
        .containsEntry("director", List.of(director.id().value()))
        .containsEntry("role", List.of("founder"));
    assertAllFitTheModel(sink);
  }

  @Test
  void gives_different_ids_when_key_literals_differ() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              director:
                schema: Person
                key: id
                key_literal: person
                properties:
                  name: {column: name}
              company:
                schema: LegalEntity
                key: id
                key_literal: legalentity
                properties:
                  name: {column: comp_name}
            """);

    List<EntityDraft> drafts = read(reader, resource("ftm/links.csv"), 0).drafts();

    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).id()).isNotEqualTo(drafts.get(1).id());
  }

  @Test
  void takes_only_the_rows_its_filters_name() throws IOException {
    String query =
        """
        entities:
          expert:
            schema: Person
            key: name
            properties:
              name: {column: name}
              nationality: {column: nationality}
              gender: {column: gender}
        """;
    Path csv = resource("ftm/experts.csv");

    assertThat(read(mapping(query), csv, 0).drafts()).hasSize(14);
    assertThat(read(mapping(query + "filters: {gender: male}\n"), csv, 0).drafts()).hasSize(10);
    assertThat(
            read(
                    mapping(
                        query + "filters: {gender: male}\nfilters_not: {nationality: Portugal}\n"),
                    csv,
                    0)
                .drafts())
        .hasSize(7);
    assertThat(
            read(
                    mapping(
                        query
                            + "filters: {gender: male}\n"
                            + "filters_not: {nationality: [Portugal, Spain]}\n"),
                    csv,
                    0)
                .drafts())
        .hasSize(5);
  }

  @Test
  void makes_no_entity_when_its_key_cells_are_empty() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              company:
                schema: Company
                keys: [number, name]
                properties:
                  name: {column: name}
            """);

    RecordingSink sink = read(reader, "number,name\n1,ACME\n,\n2,\n".getBytes(UTF_8));

    assertThat(sink.records()).containsExactly(2L, 4L);
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void cleans_values_by_type() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              person:
                schema: Person
                key: name
                properties:
                  name: {column: name}
                  nationality: {columns: [country, code]}
                  birthDate: {column: born, format: "%d/%m/%Y"}
                  deathDate: {column: died}
                  gender: {column: gender}
                  email: {column: email}
                  summary: {template: "{{name}} ({{country}})"}
                  notes: {literal: from a curated list}
            """);

    RecordingSink sink =
        read(
            reader,
            ("name,country,code,born,died,gender,email,ignored\n"
                    + "\"  Ada   Lovelace \",United Kingdom,GB,10/12/1815,1852-11-27T10:00:00+02:00,"
                    + "F,mailto:Ada@Example.ORG,x\n")
                .getBytes(UTF_8));

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.drafts().get(0).properties())
        .containsEntry("name", List.of("Ada Lovelace"))
        .containsEntry("nationality", List.of("gb"))
        .containsEntry("birthDate", List.of("1815-12-10"))
        .containsEntry("deathDate", List.of("1852-11-27T08:00:00"))
        .containsEntry("gender", List.of("female"))
        .containsEntry("email", List.of("Ada@example.org"))
        .containsEntry("summary", List.of("Ada   Lovelace (United Kingdom)"))
        .containsEntry("notes", List.of("from a curated list"));
    assertAllFitTheModel(sink);
  }

  @Test
  void rejects_a_row_whose_value_its_type_cannot_take_and_imports_the_rest() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              person:
                schema: Person
                key: name
                properties:
                  name: {column: name}
                  nationality: {column: country}
                  birthDate: {column: born}
            """);

    RecordingSink sink =
        read(
            reader,
            ("name,country,born\n"
                    + "Ada,Germany,1815\n"
                    + "Bob,Atlantis,1900\n"
                    + "Cy,France,10/12/1815\n"
                    + "Di,Spain,\n")
                .getBytes(UTF_8));

    assertThat(sink.records()).containsExactly(2L, 3L, 4L, 5L);
    assertThat(sink.rejects()).hasSize(2);
    RecordingSink.Event atlantis = sink.rejects().get(0);
    assertThat(atlantis.record).isEqualTo(3L);
    assertThat(atlantis.field).isEqualTo("country");
    assertThat(atlantis.reason)
        .isEqualTo(
            "entity 'person', property 'nationality': 'Atlantis' is not a country name or code"
                + " that FtM knows");
    assertThat(new String(atlantis.raw(), UTF_8)).isEqualTo("Bob,Atlantis,1900");
    RecordingSink.Event date = sink.rejects().get(1);
    assertThat(date.field).isEqualTo("born");
    assertThat(date.reason).contains("'10/12/1815' is not an ISO date").contains("format");
  }

  @Test
  void rejects_rows_with_the_wrong_field_count_or_bad_utf8_with_their_bytes() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              company:
                schema: Company
                key: name
                properties:
                  name: {column: name}
                  notes: {column: notes}
            """);
    byte[] latin1 = "Société,café\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] csv =
        concat(
            "name,notes\r\nACME,\"two\r\nlines, and \"\"quotes\"\"\"\r\nextra,field,here\r\n"
                .getBytes(UTF_8),
            latin1,
            "\r\nLast,row\r\n".getBytes(UTF_8));

    RecordingSink sink = read(reader, csv);

    assertThat(sink.records()).containsExactly(2L, 3L, 4L, 6L);
    assertThat(sink.drafts().get(0).properties())
        .containsEntry("notes", List.of("two\nlines, and \"quotes\""));
    assertThat(new String(sink.events.get(0).raw(), UTF_8))
        .isEqualTo("ACME,\"two\r\nlines, and \"\"quotes\"\"\"");
    RecordingSink.Event count = sink.events.get(1);
    assertThat(count.reason).isEqualTo("the row has 3 fields but the header has 2");
    assertThat(new String(count.raw(), UTF_8)).isEqualTo("extra,field,here");
    RecordingSink.Event encoding = sink.events.get(2);
    assertThat(encoding.reason).startsWith("not valid UTF-8: byte 0xE9 at byte 5 of the row");
    assertThat(encoding.raw()).isEqualTo(java.util.Arrays.copyOf(latin1, latin1.length - 1));
    assertThat(sink.events.get(3).draft).isNotNull();
  }

  @Test
  void rejects_a_row_whose_quote_is_never_closed() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              company: {schema: Company, key: name, properties: {name: {column: name}}}
            """);

    RecordingSink sink = read(reader, "name\nACME\n\"Open\nquote\n".getBytes(UTF_8));

    assertThat(sink.records()).containsExactly(2L, 3L);
    assertThat(sink.rejects().get(0).reason).startsWith("a quoted field is never closed");
    assertThat(new String(sink.rejects().get(0).raw(), UTF_8)).isEqualTo("\"Open\nquote\n");
  }

  @Test
  void skips_rows_up_to_resume_after() throws IOException {
    Path csv = resource("aleph/experts.csv");
    MappingRecordReader reader =
        MappingRecordReader.open(resource("aleph/experts.yml"), csv, MODEL);

    RecordingSink sink = read(reader, csv, 13);

    assertThat(sink.eventRecords()).containsExactly(14L, 14L, 14L, 15L, 15L, 15L);
  }

  @Test
  void reads_a_file_with_a_utf8_byte_order_mark() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              company: {schema: Company, key: name, properties: {name: {column: name}}}
            """);

    RecordingSink sink =
        read(
            reader,
            concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "name\nÆther\n".getBytes(UTF_8)));

    assertThat(sink.drafts()).hasSize(1);
    assertThat(sink.drafts().get(0).properties()).containsEntry("name", List.of("Æther"));
  }

  @Test
  void fails_when_the_file_is_utf16() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              company: {schema: Company, key: name, properties: {name: {column: name}}}
            """);
    byte[] utf16 = "\uFEFFname\nACME\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

    assertThatThrownBy(() -> read(reader, utf16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is UTF-16")
        .hasMessageContaining("save it as UTF-8");
  }

  @Test
  void fails_before_reading_rows_when_the_header_lacks_a_column() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              company: {schema: Company, key: name, properties: {name: {column: name}}}
            """);

    assertThatThrownBy(() -> read(reader, "title\nACME\n".getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mapping.yml: entity 'company', key: column 'name' is not in the header of the CSV"
                + " (columns: title)");
  }

  @Test
  void skips_a_relationship_whose_ends_are_one_entity() throws IOException {
    MappingRecordReader reader =
        mapping(
            """
            entities:
              asset: {schema: Company, key: asset, key_literal: Company, properties: {name: {column: asset}}}
              owner: {schema: Company, key: owner, key_literal: Company, properties: {name: {column: owner}}}
              ownership:
                schema: Ownership
                keys: [owner, asset]
                properties:
                  owner: {entity: owner}
                  asset: {entity: asset}
            """);

    RecordingSink sink = read(reader, "asset,owner\nSub,Parent\nSame,Same\n".getBytes(UTF_8));

    assertThat(sink.drafts("Ownership")).hasSize(1);
    assertThat(sink.events.stream().filter(e -> e.record == 3)).hasSize(2);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }
}
