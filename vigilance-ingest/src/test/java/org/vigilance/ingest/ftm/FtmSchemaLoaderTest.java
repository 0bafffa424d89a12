package org.vigilance.ingest.ftm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigilance.core.entity.Model;
import org.vigilance.core.entity.Property;
import org.vigilance.core.entity.PropertyType;
import org.vigilance.core.entity.Schema;

class FtmSchemaLoaderTest {
  private static final List<String> VIGILANCE_SCHEMATA =
      List.of(
          "Claim",
          "Correspondence",
          "Deployment",
          "DueDiligenceAssessment",
          "EvidenceLink",
          "Finding",
          "Impact",
          "Product");

  @TempDir Path dir;

  private static URL bundledVocabularies() {
    return Objects.requireNonNull(
        FtmSchemaLoader.class.getClassLoader().getResource(FtmSchemaLoader.VOCABULARIES));
  }

  private URL write(String fileName, String yaml) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, yaml, UTF_8);
    return file.toUri().toURL();
  }

  @Test
  void loads_every_bundled_schema() throws IOException {
    Model model = FtmSchemaLoader.loadDefault();

    List<String> fromIndex = new ArrayList<>();
    for (String path : FtmSchemaLoader.bundledSchemaResources()) {
      String file = path.substring(path.lastIndexOf('/') + 1);
      fromIndex.add(file.substring(0, file.indexOf('.')));
    }
    assertThat(fromIndex).hasSizeGreaterThanOrEqualTo(70 + VIGILANCE_SCHEMATA.size());
    assertThat(model.schemaNames()).containsExactlyInAnyOrderElementsOf(fromIndex);
  }

  @Test
  void resolves_ftm_inheritance() {
    Model model = FtmSchemaLoader.loadDefault();

    Schema company = model.require("Company");
    assertThat(company.isA("Organization")).isTrue();
    assertThat(company.isA("LegalEntity")).isTrue();
    assertThat(company.isA("Asset")).isTrue();
    assertThat(company.isA("Thing")).isTrue();
    assertThat(company.isAbstract()).isFalse();
    assertThat(company.matchable()).isTrue();
    assertThat(company.property("name").map(Property::type)).contains(PropertyType.NAME);
    assertThat(model.require("Thing").isAbstract()).isTrue();
    assertThat(model.require("PublicBody").isA("Organization")).isTrue();
    Schema ownership = model.require("Ownership");
    assertThat(ownership.isEdge()).isTrue();
    assertThat(ownership.edgeSource()).isEqualTo("owner");
    assertThat(ownership.edgeTarget()).isEqualTo("asset");
    assertThat(model.require("Documentation").isA("Interest")).isTrue();
  }

  @Test
  void reads_property_attributes() {
    Schema thing = FtmSchemaLoader.loadDefault().require("Thing");

    Property alephUrl = thing.property("alephUrl").orElseThrow();
    assertThat(alephUrl.hidden()).isTrue();
    assertThat(alephUrl.matchable()).isFalse();
    assertThat(alephUrl.label()).isEqualTo("Aleph URL");
    Property proof = thing.property("proof").orElseThrow();
    assertThat(proof.type()).isEqualTo(PropertyType.ENTITY);
    assertThat(proof.range()).isEqualTo("Document");
    assertThat(thing.property("keywords").map(Property::type)).contains(PropertyType.STRING);
    assertThat(thing.caption()).containsExactly("name");
    assertThat(thing.required()).containsExactly("name");
  }

  @Test
  void includes_vigilance_schemata() {
    Model model = FtmSchemaLoader.loadDefault();

    assertThat(model.schemaNames()).containsAll(VIGILANCE_SCHEMATA);
    Schema product = model.require("Product");
    assertThat(product.isA("Thing")).isTrue();
    assertThat(product.property("vendor").map(Property::range)).contains("LegalEntity");
    assertThat(product.property("releaseDate").map(Property::type)).contains(PropertyType.DATE);
    Schema deployment = model.require("Deployment");
    assertThat(deployment.isEdge()).isTrue();
    assertThat(deployment.edgeSource()).isEqualTo("product");
    assertThat(deployment.edgeTarget()).isEqualTo("unit");
    assertThat(deployment.property("unit").map(Property::range)).contains("PublicBody");
    assertThat(deployment.property("contract").map(Property::range)).contains("Contract");
    assertThat(deployment.properties()).containsKeys("startDate", "endDate", "description");
    assertThat(deployment.property("evidence").map(Property::range)).contains("Document");
    Schema impact = model.require("Impact");
    assertThat(impact.isA("Interval")).isTrue();
    assertThat(impact.properties())
        .containsKeys(
            "right",
            "event",
            "unit",
            "product",
            "involvement",
            "severityScale",
            "severityScope",
            "severityIrremediability",
            "date",
            "vendor",
            "evidence");
    assertThat(impact.property("vendor").map(Property::range)).contains("Organization");
    assertThat(impact.property("evidence").map(Property::range)).contains("Document");
    assertThat(model.require("Claim").property("about").map(Property::range)).contains("Thing");
    assertThat(model.require("Claim").property("text").map(Property::type))
        .contains(PropertyType.TEXT);
    assertThat(model.require("EvidenceLink").property("claim").map(Property::range))
        .contains("Claim");
    assertThat(model.require("Correspondence").property("inReplyTo").map(Property::range))
        .contains("Correspondence");
    assertThat(model.require("DueDiligenceAssessment").property("totalScore").map(Property::type))
        .contains(PropertyType.NUMBER);
    assertThat(model.require("Finding").property("assessment").map(Property::range))
        .contains("DueDiligenceAssessment");
    for (String name : VIGILANCE_SCHEMATA) {
      assertThat(model.require(name).isAbstract()).as(name).isFalse();
    }
  }

  @Test
  void loads_vocabularies() {
    Model model = FtmSchemaLoader.loadDefault();

    assertThat(model.vocabulary(PropertyType.COUNTRY)).contains("us", "fr", "de");
    assertThat(model.vocabulary(PropertyType.LANGUAGE)).contains("eng", "fra");
    assertThat(model.vocabulary(PropertyType.GENDER))
        .containsExactlyInAnyOrder("female", "male", "other");
    assertThat(model.vocabulary(PropertyType.TOPIC)).contains("sanction");
  }

  @Test
  void returns_the_same_model_every_time() {
    assertThat(FtmSchemaLoader.loadDefault()).isSameAs(FtmSchemaLoader.loadDefault());
  }

  @Test
  void applies_defaults_when_keys_are_absent() throws IOException {
    URL file =
        write(
            "Gadget.yaml",
            """
            Gadget:
              properties:
                owner:
                  type: entity
                  range: Gadget
                colour:
                notes:
                  label: Notes
                  type: text
                serial:
                  type: identifier
                  matchable: false
              edge:
                source: owner
                target: owner
            """);

    Model model = FtmSchemaLoader.load(List.of(file), bundledVocabularies());

    Schema gadget = model.require("Gadget");
    assertThat(gadget.label()).isEqualTo("Gadget");
    assertThat(gadget.plural()).isEqualTo("Gadget");
    assertThat(gadget.isAbstract()).isFalse();
    assertThat(gadget.matchable()).isFalse();
    assertThat(gadget.parents()).isEmpty();
    assertThat(gadget.isEdge()).isTrue();
    Property colour = gadget.property("colour").orElseThrow();
    assertThat(colour.label()).isEqualTo("colour");
    assertThat(colour.type()).isEqualTo(PropertyType.STRING);
    assertThat(colour.matchable()).isTrue();
    assertThat(gadget.property("notes").orElseThrow().matchable()).isFalse();
    assertThat(gadget.property("serial").orElseThrow().matchable()).isFalse();
  }

  @Test
  void names_the_file_when_yaml_is_malformed() throws IOException {
    URL file = write("Broken.yaml", "Broken:\n  label: [unclosed\n  plural: x\n");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(file), bundledVocabularies()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Broken.yaml")
        .hasMessageContaining("not valid YAML")
        .hasMessageContaining("line 3, column 9")
        .hasMessageContaining("expected ',' or ']'");
  }

  @Test
  void names_the_file_when_a_key_is_duplicated() throws IOException {
    URL file = write("Twice.yaml", "Twice:\n  label: A\n  label: B\n");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(file), bundledVocabularies()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Twice.yaml")
        .hasMessageContaining("label");
  }

  @Test
  void names_the_file_schema_and_key_when_a_value_has_the_wrong_kind() throws IOException {
    URL file = write("Odd.yaml", "Odd:\n  abstract: maybe\n");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(file), bundledVocabularies()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Odd.yaml")
        .hasMessageContaining("schema 'Odd'")
        .hasMessageContaining("'abstract' must be true or false");
  }

  @Test
  void names_the_file_when_a_property_is_not_a_mapping() throws IOException {
    URL file = write("Flat.yaml", "Flat:\n  properties:\n    name: [a, b]\n");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(file), bundledVocabularies()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Flat.yaml")
        .hasMessageContaining("property 'name'");
  }

  @Test
  void names_the_file_when_a_schema_extends_an_unknown_one() throws IOException {
    URL file = write("Orphan.yaml", "Orphan:\n  extends:\n    - Nowhere\n");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(file), bundledVocabularies()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Orphan.yaml")
        .hasMessageContaining("Nowhere");
  }

  @Test
  void fails_when_a_range_is_unknown() throws IOException {
    URL file =
        write(
            "Pointer.yaml",
            "Pointer:\n  properties:\n    to:\n      type: entity\n      range: Nowhere\n");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(file), bundledVocabularies()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nowhere");
  }

  @Test
  void names_the_file_when_vocabularies_are_malformed() throws IOException {
    URL schema = write("Plain.yaml", "Plain:\n  label: Plain\n");
    URL vocabularies = write("vocabularies.json", "{\"country\": {\"us\": 1}}");

    assertThatThrownBy(() -> FtmSchemaLoader.load(List.of(schema), vocabularies))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vocabularies.json")
        .hasMessageContaining("country");
  }
}
