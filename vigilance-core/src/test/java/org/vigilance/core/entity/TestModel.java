package org.vigilance.core.entity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A small FtM-like model for core tests (the real schemata are loaded by the ingest module). */
final class TestModel {
  private TestModel() {}

  static SchemaSpec.PropertySpec prop(String name, @Nullable String type) {
    return new SchemaSpec.PropertySpec(name, name, type, null, false, null);
  }

  static SchemaSpec.PropertySpec ref(String name, String range) {
    return new SchemaSpec.PropertySpec(name, name, "entity", range, false, null);
  }

  private static SchemaSpec schema(
      String name, boolean isAbstract, List<String> parents, SchemaSpec.PropertySpec... props) {
    return new SchemaSpec(
        name,
        name,
        name + "s",
        null,
        isAbstract,
        true,
        parents,
        List.of(props),
        List.of(),
        List.of("name"),
        null,
        null,
        "test");
  }

  static Model build() {
    return Model.builder()
        .add(
            schema(
                "Thing",
                true,
                List.of(),
                prop("name", "name"),
                prop("country", "country"),
                prop("alias", "name"),
                prop("notes", "text")))
        .add(schema("LegalEntity", false, List.of("Thing"), prop("incorporationDate", "date")))
        .add(schema("Organization", false, List.of("LegalEntity")))
        .add(schema("Asset", false, List.of("Thing"), prop("amount", "number")))
        .add(schema("Company", false, List.of("Organization", "Asset"), prop("iban", "iban")))
        .add(schema("PublicBody", false, List.of("Organization")))
        .add(schema("Person", false, List.of("LegalEntity"), prop("email", "email")))
        .add(schema("Vessel", false, List.of("Asset"), ref("owner", "LegalEntity")))
        .vocabulary(PropertyType.COUNTRY, List.of("us", "fr", "de"))
        .vocabulary(PropertyType.LANGUAGE, List.of("eng", "fra"))
        .vocabulary(PropertyType.TOPIC, List.of("role.pep"))
        .vocabulary(PropertyType.GENDER, List.of("male", "female", "other"))
        .build();
  }
}
