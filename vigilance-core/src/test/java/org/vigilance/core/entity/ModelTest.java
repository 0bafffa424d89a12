package org.vigilance.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {
  private final Model model = TestModel.build();

  private static EntityDraft draft(String schema, Map<String, List<String>> properties) {
    return new EntityDraft(EntityId.of("e1"), schema, properties);
  }

  @Test
  void inherits_properties_and_ancestors() {
    Schema company = model.require("Company");
    assertThat(company.isA("Organization")).isTrue();
    assertThat(company.isA("Asset")).isTrue();
    assertThat(company.isA("Thing")).isTrue();
    assertThat(company.isA("Person")).isFalse();
    assertThat(company.properties()).containsKeys("name", "incorporationDate", "amount", "iban");
  }

  @Test
  void accepts_a_valid_draft() {
    assertThat(
            model.check(
                draft(
                    "Company",
                    Map.of(
                        "name", List.of("ACME"),
                        "country", List.of("us"),
                        "incorporationDate", List.of("2003-05"),
                        "amount", List.of("1,234.50"),
                        "iban", List.of("DE89 3704 0044 0532 0130 00")))))
        .isEmpty();
  }

  @Test
  void names_the_field_of_each_kind_of_problem() {
    assertThat(model.check(draft("Nope", Map.of())))
        .contains(new Model.Problem("schema", "unknown schema 'Nope'"));
    assertThat(model.check(draft("Thing", Map.of())).orElseThrow().reason()).contains("abstract");
    assertThat(model.check(draft("Company", Map.of("colour", List.of("red")))).orElseThrow())
        .isEqualTo(
            new Model.Problem("properties.colour", "schema 'Company' has no property 'colour'"));
    assertThat(
            model
                .check(
                    draft(
                        "Company", Map.of("incorporationDate", List.of("2020-01-01", "yesterday"))))
                .orElseThrow()
                .field())
        .isEqualTo("properties.incorporationDate[1]");
    assertThat(
            model.check(draft("Company", Map.of("country", List.of("xx")))).orElseThrow().reason())
        .contains("not a known country code");
    assertThat(
            model.check(draft("Company", Map.of("iban", List.of("DE00 3704 0044 0532 0130 00")))))
        .isPresent();
  }

  @Test
  void common_schema_is_the_most_specific_refinement() {
    assertThat(model.commonSchema(List.of("LegalEntity", "Company")))
        .isEqualTo(new Model.SchemaChoice("Company", false));
    assertThat(model.commonSchema(List.of("Organization", "Asset")))
        .isEqualTo(new Model.SchemaChoice("Company", false));
    assertThat(model.commonSchema(List.of("Person", "Company")).conflict()).isTrue();
    assertThat(model.commonSchema(List.of("Company", "Person")))
        .isEqualTo(model.commonSchema(List.of("Person", "Company")));
    // asked again (the answer is kept): the same
    assertThat(model.commonSchema(List.of("Asset", "Organization")))
        .isEqualTo(new Model.SchemaChoice("Company", false));
  }

  @Test
  void one_schema_is_its_own_choice_and_an_unknown_one_a_conflict() {
    for (String name : model.schemaNames()) {
      assertThat(model.commonSchema(List.of(name, name)))
          .isEqualTo(new Model.SchemaChoice(name, false));
      if (model.schema(name).orElseThrow().isA("Thing")) {
        // with one of its ancestors: still the schema itself
        assertThat(model.commonSchema(List.of("Thing", name)))
            .isEqualTo(new Model.SchemaChoice(name, false));
      }
    }
    assertThat(model.commonSchema(List.of("NoSuchSchema")))
        .isEqualTo(new Model.SchemaChoice("NoSuchSchema", true));
  }

  @Test
  void a_broken_model_names_the_schema() {
    assertThatThrownBy(
            () ->
                Model.builder()
                    .add(
                        new SchemaSpec(
                            "A",
                            "A",
                            "As",
                            null,
                            false,
                            false,
                            List.of("Missing"),
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            "a.yaml"))
                    .build())
        .hasMessageContaining("'A' (a.yaml) extends unknown schema 'Missing'");
  }
}
