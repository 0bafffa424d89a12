package org.vigilance.ingest.ocds;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The merge rules against the expected outputs of ocdskit's {@code compile} command (the {@code
 * compile_*} and {@code compiled-release-*} fixtures), and rule by rule.
 */
class OcdsMergeTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static JsonNode resource(String name) throws IOException {
    return resource(name, UTF_8);
  }

  static JsonNode resource(String name, Charset charset) throws IOException {
    try (InputStream in = OcdsMergeTest.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, name);
      return JSON.readTree(new String(in.readAllBytes(), charset));
    }
  }

  private static List<ObjectNode> releases(JsonNode releasePackage) {
    List<ObjectNode> releases = new ArrayList<>();
    releasePackage.get("releases").forEach(release -> releases.add((ObjectNode) release));
    return releases;
  }

  private static ObjectNode compile(List<ObjectNode> releases, OcdsMerge.Rules rules) {
    return OcdsMerge.compile(releases, rules, warning -> {});
  }

  private static ObjectNode json(String text) throws IOException {
    return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void compiles_real_ocds_1_0_releases_like_ocdskit() throws IOException {
    JsonNode releasePackage = resource("realdata_release-package-1.json");

    ObjectNode compiled = compile(releases(releasePackage), OcdsMerge.Rules.OCDS_1_0);

    assertThat(compiled).isEqualTo(resource("realdata_compiled-release-1.json"));
  }

  @Test
  void compiles_iso_8859_1_releases_like_ocdskit_with_its_encoding_option() throws IOException {
    JsonNode releasePackage =
        resource("realdata_release-package_encoding-iso-8859-1.json", ISO_8859_1);

    ObjectNode compiled = compile(releases(releasePackage), OcdsMerge.Rules.OCDS_1_0);

    assertThat(compiled).isEqualTo(resource("realdata_compile_encoding_encoding.json"));
  }

  @Test
  void merges_arrays_by_id_when_no_extension_says_otherwise() throws IOException {
    JsonNode releasePackage = resource("release-package_additional-contact-points.json");

    ObjectNode compiled = compile(releases(releasePackage), OcdsMerge.Rules.OCDS_1_1);

    assertThat(compiled).isEqualTo(resource("compile_no-extensions.json"));
  }

  @Test
  void replaces_whole_lists_that_an_extension_marks_whole_list_merge() throws IOException {
    JsonNode releasePackage = resource("release-package_additional-contact-points.json");

    ObjectNode compiled =
        compile(
            releases(releasePackage),
            OcdsMerge.Rules.OCDS_1_1.withWholeList("parties.additionalContactPoints"));

    assertThat(compiled).isEqualTo(resource("compile_extensions.json"));
  }

  @Test
  void warns_and_merges_when_objects_of_one_array_share_an_id() throws IOException {
    JsonNode releasePackage = resource("release-package_warning.json");
    List<String> warnings = new ArrayList<>();

    ObjectNode compiled =
        OcdsMerge.compile(releases(releasePackage), OcdsMerge.Rules.OCDS_1_1, warnings::add);

    assertThat(compiled).isEqualTo(resource("compile_warning.json"));
    assertThat(warnings)
        .containsExactly(
            "Multiple objects have the `id` value '1' in the `parties` array: they are merged");
  }

  @Test
  void takes_the_newest_values_of_a_versioned_release_as_its_compiled_release() throws IOException {
    ObjectNode expected = (ObjectNode) resource("realdata_compiled-release-1.json");
    expected.remove(List.of("tag", "id", "date"));

    assertThat(OcdsMerge.latest(resource("realdata_versioned-release-1.json"))).isEqualTo(expected);
    assertThat(OcdsMerge.hasVersionedValues(resource("realdata_versioned-release-1.json")))
        .isTrue();
    assertThat(OcdsMerge.hasVersionedValues(expected)).isFalse();
  }

  /** The records that ocdskit's {@code compile --package} wrote for the releases 1 and 2. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "record-package_package.json",
        "record-package_versioned.json",
        "record-package_linked-releases.json"
      })
  void compiles_each_ocid_like_the_records_ocdskit_wrote(String name) throws IOException {
    Path folder = OcdsFixturesTest.sharedFolder();
    Assumptions.assumeTrue(folder != null, "no shared OCDS data beside the repository");
    Path realdata = Objects.requireNonNull(folder).resolve("ocdskit-fixtures/realdata");
    List<ObjectNode> all =
        releases(JSON.readTree(Files.readString(realdata.resolve("release-package-1-2.json"))));
    JsonNode records = JSON.readTree(Files.readString(realdata.resolve(name))).get("records");

    assertThat(records).hasSize(2);
    for (JsonNode record : records) {
      String ocid = record.get("ocid").asText();
      List<ObjectNode> releases =
          all.stream().filter(r -> r.get("ocid").asText().equals(ocid)).toList();
      assertThat(compile(releases, OcdsMerge.Rules.OCDS_1_0))
          .as(ocid)
          .isEqualTo(record.get("compiledRelease"));
    }
  }

  @Test
  void takes_each_field_from_the_newest_release_whatever_their_order() throws IOException {
    ObjectNode older =
        json(
            "{'ocid':'o','id':'1','date':'2001-01-01T00:00:00Z','tag':['tender'],"
                + "'tender':{'title':'old','status':'active'},'language':'en'}");
    ObjectNode newer =
        json(
            "{'ocid':'o','id':'2','date':'2002-01-01T00:00:00Z','tag':['award'],'tender':{'title':'new'}}");

    ObjectNode compiled = compile(List.of(newer, older), OcdsMerge.Rules.OCDS_1_1);

    assertThat(compiled)
        .isEqualTo(
            json(
                "{'tag':['compiled'],'id':'o-2002-01-01T00:00:00Z','date':'2002-01-01T00:00:00Z',"
                    + "'ocid':'o','tender':{'title':'new','status':'active'},'language':'en'}"));
  }

  @Test
  void compares_dates_as_instants_when_their_offsets_differ() throws IOException {
    ObjectNode earlier = json("{'ocid':'o','date':'2017-05-27T03:00:00Z','x':'earlier'}");
    ObjectNode later = json("{'ocid':'o','date':'2017-05-27T00:00:00-04:00','x':'later'}");

    assertThat(compile(List.of(later, earlier), OcdsMerge.Rules.OCDS_1_1).get("x").asText())
        .isEqualTo("later");
  }

  @Test
  void keeps_release_order_when_dates_are_equal() throws IOException {
    ObjectNode first = json("{'ocid':'o','date':'2001-01-01','x':'first'}");
    ObjectNode second = json("{'ocid':'o','date':'2001-01-01','x':'second'}");

    assertThat(compile(List.of(first, second), OcdsMerge.Rules.OCDS_1_1).get("x").asText())
        .isEqualTo("second");
  }

  @Test
  void removes_a_field_that_a_newer_release_sets_to_null() throws IOException {
    ObjectNode older = json("{'ocid':'o','date':'2001','tender':{'title':'t','status':'s'}}");
    ObjectNode newer = json("{'ocid':'o','date':'2002','tender':{'status':null}}");

    assertThat(compile(List.of(older, newer), OcdsMerge.Rules.OCDS_1_1).get("tender"))
        .isEqualTo(json("{'title':'t'}"));
  }

  @Test
  void replaces_arrays_of_strings_and_merges_arrays_of_objects_by_id() throws IOException {
    ObjectNode older =
        json(
            "{'ocid':'o','date':'2001','parties':[{'id':'a','name':'A','roles':['buyer','payer']},"
                + "{'id':'b','name':'B'}],'awards':[{'title':'no id'}]}");
    ObjectNode newer =
        json(
            "{'ocid':'o','date':'2002','parties':[{'id':'a','roles':['buyer']},{'id':'c','name':'C'}],"
                + "'awards':[{'title':'no id either'}]}");

    ObjectNode compiled = compile(List.of(older, newer), OcdsMerge.Rules.OCDS_1_1);

    assertThat(compiled.get("parties"))
        .isEqualTo(
            JSON.readTree(
                "[{\"id\":\"a\",\"name\":\"A\",\"roles\":[\"buyer\"]},{\"id\":\"b\",\"name\":\"B\"},"
                    + "{\"id\":\"c\",\"name\":\"C\"}]"));
    assertThat(compiled.get("awards")).hasSize(2);
  }

  @Test
  void replaces_whole_the_lists_the_ocds_1_0_schema_gives_no_ids() throws IOException {
    ObjectNode older =
        json(
            "{'ocid':'o','date':'2001','awards':[{'id':'1','suppliers':[{'name':'A'},{'name':'B'}]}]}");
    ObjectNode newer =
        json("{'ocid':'o','date':'2002','awards':[{'id':'1','suppliers':[{'name':'B'}]}]}");

    assertThat(compile(List.of(older, newer), OcdsMerge.Rules.OCDS_1_0).at("/awards/0/suppliers"))
        .isEqualTo(JSON.readTree("[{\"name\":\"B\"}]"));
    assertThat(compile(List.of(older, newer), OcdsMerge.Rules.OCDS_1_1).at("/awards/0/suppliers"))
        .hasSize(3);
  }
}
