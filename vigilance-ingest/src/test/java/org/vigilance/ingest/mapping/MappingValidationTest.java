package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.Model;
import org.vigilance.ingest.ftm.FtmSchemaLoader;

/** {@link MappingRecordReader#open} refuses broken mappings before anything is imported. */
class MappingValidationTest {
  private static final Model MODEL = FtmSchemaLoader.loadDefault();
  private static final String EXPERTS_HEADER =
      "member_type,name,nationality,gender,group_name,group_code,membership_status\n";

  @TempDir Path dir;

  private AbstractThrowableAssert<?, ? extends Throwable> assertOpening(String yaml)
      throws IOException {
    return assertOpening(yaml, null);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertOpening(
      String yaml, @org.jspecify.annotations.Nullable String csvHeader) throws IOException {
    Path mapping = Files.writeString(dir.resolve("experts.yml"), yaml, UTF_8);
    Path csv =
        csvHeader == null ? null : Files.writeString(dir.resolve("experts.csv"), csvHeader, UTF_8);
    return assertThatThrownBy(() -> MappingRecordReader.open(mapping, csv, MODEL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accepts_ftms_kek_mapping_without_its_database() {
    MappingRecordReader reader =
        MappingRecordReader.open(MappingRecordReaderTest.resource("ftm/kek.yml"), null, MODEL);

    assertThat(reader.recordKind()).isEqualTo("row");
  }

  @Test
  void names_the_column_missing_from_the_header() throws IOException {
    assertOpening(
            """
            experts:
              queries:
                - csv_url: experts.csv
                  entities:
                    member:
                      schema: Person
                      key: name
                      properties:
                        name: {column: name}
                        nationality: {column: nationalty}
            """,
            EXPERTS_HEADER)
        .hasMessage(
            "experts.yml: entity 'member', property 'nationality': column 'nationalty' is not in"
                + " the header of experts.csv (columns: member_type, name, nationality, gender,"
                + " group_name, group_code, membership_status)");
  }

  @Test
  void names_the_unknown_schema() throws IOException {
    assertOpening(
            """
            entities:
              member: {schema: Persn, key: name, properties: {name: {column: name}}}
            """)
        .hasMessage("experts.yml: entity 'member': unknown schema 'Persn'");
  }

  @Test
  void names_the_abstract_schema() throws IOException {
    assertOpening("entities:\n  thing: {schema: Thing, key: name}\n")
        .hasMessage("experts.yml: entity 'thing': schema 'Thing' is abstract: use a concrete one");
  }

  @Test
  void names_the_property_the_schema_lacks() throws IOException {
    assertOpening(
            """
            entities:
              member: {schema: Person, key: name, properties: {nationalty: {column: nationality}}}
            """)
        .hasMessage(
            "experts.yml: entity 'member', property 'nationalty': schema 'Person' has no property"
                + " 'nationalty'");
  }

  @Test
  void names_the_entity_a_reference_cannot_find() throws IOException {
    assertOpening(
            """
            entities:
              member: {schema: Person, key: name}
              group: {schema: Organization, key: group_code}
              membership:
                schema: Membership
                keys: [name, group_code]
                properties:
                  member: {entity: membr}
                  organization: {entity: group}
            """)
        .hasMessage(
            "experts.yml: entity 'membership', property 'member': refers to entity 'membr', which"
                + " this query does not define (entities: member, group, membership)");
  }

  @Test
  void names_the_reference_that_does_not_fit_the_range() throws IOException {
    // FtM's test_mappings_with_links_slavery: a Person is not an Asset
    assertOpening(
            """
            entities:
              owner: {schema: LegalEntity, key: le_id}
              person: {schema: Person, key: person_id}
              ownership:
                schema: Ownership
                keys: [person_id, le_id]
                properties:
                  owner: {entity: owner}
                  asset: {entity: person}
            """)
        .hasMessage(
            "experts.yml: entity 'ownership', property 'asset': refers to entity 'person', a"
                + " Person, but the property takes an Asset");
  }

  @Test
  void names_the_entity_without_a_key() throws IOException {
    assertOpening(
            """
            entities:
              member: {schema: Person, key_literal: expert, properties: {name: {column: name}}}
            """)
        .hasMessage(
            "experts.yml: entity 'member': has no key: give 'key' or 'keys' (the columns whose"
                + " values identify it) or 'id_column' ('key_literal' alone only seeds the hash)");
  }

  @Test
  void names_the_line_of_malformed_yaml() throws IOException {
    assertOpening("entities:\n  member: {schema: Person, key: name\n")
        .message()
        .startsWith("experts.yml: not valid YAML: ")
        .contains("line ");
  }

  @Test
  void refuses_an_empty_mapping_and_one_without_entities() throws IOException {
    assertOpening("").hasMessage("experts.yml: is empty: it maps nothing");
    assertOpening("experts:\n  queries:\n    - csv_url: x.csv\n")
        .hasMessage("experts.yml: defines no entities ('entities' is missing or empty)");
    assertOpening("experts:\n  label: Experts\n")
        .hasMessageStartingWith("experts.yml: dataset 'experts': has no 'queries'");
  }

  @Test
  void names_an_unknown_key_of_a_property() throws IOException {
    assertOpening(
            """
            entities:
              member: {schema: Person, key: name, properties: {name: {colum: name}}}
            """)
        .hasMessageStartingWith(
            "experts.yml: entity 'member', property 'name': unknown key 'colum' (known: column,");
  }

  @Test
  void refuses_format_on_a_property_that_is_not_a_date() throws IOException {
    assertOpening(
            """
            entities:
              member:
                schema: Person
                key: name
                properties:
                  name: {columns: [first, last], format: "%s %s"}
            """)
        .hasMessageStartingWith(
            "experts.yml: entity 'member', property 'name': 'format' is a date format in FtM"
                + " mappings");
  }

  @Test
  void refuses_an_unsupported_date_directive() throws IOException {
    assertOpening(
            """
            entities:
              member:
                schema: Person
                key: name
                properties:
                  birthDate: {column: born, format: "%d %Q"}
            """)
        .hasMessageStartingWith(
            "experts.yml: entity 'member', property 'birthDate': date format '%d %Q' has %Q, which"
                + " is not supported");
  }

  @Test
  void refuses_entities_that_refer_to_each_other() throws IOException {
    assertOpening(
            """
            entities:
              a:
                schema: Ownership
                key: x
                properties: {owner: {entity: b}}
              b:
                schema: Ownership
                key: y
                properties: {asset: {entity: a}}
            """)
        .hasMessageContaining(
            "refers to entity 'b', an Ownership, but the property takes a LegalEntity");
    assertOpening(
            """
            entities:
              a:
                schema: Company
                key: x
                properties: {parent: {entity: b}}
              b:
                schema: Company
                key: y
                properties: {parent: {entity: a}}
            """)
        .hasMessage("experts.yml: entities 'a', 'b' refer to each other in a cycle");
  }

  @Test
  void names_the_query_when_the_file_has_several() throws IOException {
    assertOpening(
            """
            experts:
              queries:
                - entities:
                    member: {schema: Person, key: name}
                - entities:
                    member: {schema: Persn, key: name}
            """)
        .hasMessage(
            "experts.yml: dataset 'experts', query 2, entity 'member': unknown schema 'Persn'");
  }

  @Test
  void names_the_mapping_file_that_does_not_exist() {
    assertThatThrownBy(() -> MappingRecordReader.open(dir.resolve("missing.yml"), null, MODEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("missing.yml: no such file");
  }
}
