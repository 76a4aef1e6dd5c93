package org.themetaxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.themetaxonomy.core.testing.RandomTaxonomies;
import org.themetaxonomy.io.internal.Field;
import org.themetaxonomy.io.internal.Fields;
import org.themetaxonomy.io.internal.Schema;

class SchemaTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonSchema schema() throws IOException {
    try (InputStream in = TaxonomyFiles.class.getResourceAsStream("taxonomy.schema.json")) {
      assertThat(in).as("schema in the io jar").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void writerOutput_randomTaxonomies_validAgainstSchema(long seed) throws IOException {
    String json = TaxonomyFiles.toJson(RandomTaxonomies.hostile(seed, (int) seed * 30));
    Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(json));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {6, 7, 8})
  void writerOutput_everyFieldSet_validAgainstSchema(long seed) throws IOException {
    String json = TaxonomyFiles.toJson(RandomTaxonomies.everyField(seed, (int) seed * 20));
    assertThat(json).contains("\"codable\": false", "\"replacedBy\"", "\"license\"");
    Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(json));
    assertThat(errors).isEmpty();
  }

  /** Each element's properties in the schema are the JSON fields declared in {@link Fields}. */
  @Test
  void schema_propertiesAreTheDeclaredFields() throws IOException {
    JsonNode schema;
    try (InputStream in = TaxonomyFiles.class.getResourceAsStream("taxonomy.schema.json")) {
      schema = MAPPER.readTree(in);
    }
    Map<String, Schema<?>> definitions =
        Map.of(
            "source", Fields.SOURCE,
            "framework", Fields.FRAMEWORK,
            "area", Fields.AREA,
            "theme", Fields.THEME,
            "evidence", Fields.EVIDENCE,
            "mapping", Fields.MAPPING);
    for (Map.Entry<String, Schema<?>> e : definitions.entrySet()) {
      JsonNode definition = schema.get("definitions").get(e.getKey());
      assertThat(names(definition.get("properties")))
          .as(e.getKey())
          .containsExactlyElementsOf(e.getValue().jsonNames());
      assertThat(names(definition.get("required")))
          .as(e.getKey() + " required")
          .containsExactlyInAnyOrderElementsOf(required(e.getValue()));
    }
    assertThat(names(schema.get("properties")))
        .containsExactlyElementsOf(Fields.TAXONOMY.jsonNames());
    assertThat(names(schema.get("required")))
        .containsExactlyInAnyOrderElementsOf(required(Fields.TAXONOMY));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      node.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  private static List<String> required(Schema<?> schema) {
    return schema.fields().stream()
        .filter(f -> f.inJson() && f.isRequired())
        .map(Field::name)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"color\": \"red\"",
        "\"color\": \"#12345\"",
        "\"uuid\": \"c001\"",
        "\"codable\": \"no\"",
        "\"deprecated\": 1",
        "\"replacedBy\": [\"bad id\"]",
        "\"replacedBy\": \"b\""
      })
  void schema_rejectsBadThemeValues(String field) throws IOException {
    JsonNode bad =
        MAPPER.readTree(
            "{\"formatVersion\": 1, \"id\": \"t\", \"title\": \"T\", \"themes\": [{\"id\": \"a\","
                + " \"label\": \"A\", "
                + field
                + "}]}");
    assertThat(schema().validate(bad)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"baseUri\": \"themes/\"",
        "\"baseUri\": \"https://example.org/t\"",
        "\"license\": \"CC BY 4.0\"",
        "\"license\": \"by-4.0\""
      })
  void schema_rejectsBadTaxonomyValues(String field) throws IOException {
    JsonNode bad =
        MAPPER.readTree("{\"formatVersion\": 1, \"id\": \"t\", \"title\": \"T\", " + field + "}");
    assertThat(schema().validate(bad)).isNotEmpty();
  }

  @Test
  void schema_acceptsGoodNewValues() throws IOException {
    JsonNode good =
        MAPPER.readTree(
            "{\"formatVersion\": 1, \"id\": \"t\", \"title\": \"T\","
                + " \"baseUri\": \"https://example.org/t#\", \"license\": \"urn:x:y\","
                + " \"frameworks\": [{\"id\": \"f\", \"title\": \"F\", \"baseUri\":"
                + " \"https://example.org/f/\", \"areas\": [{\"id\": \"x\", \"label\": \"X\","
                + " \"uuid\": \"0B5E1F8A-3C2D-4E6F-8A9B-1C2D3E4F5A6B\"}]}],"
                + " \"themes\": [{\"id\": \"a\", \"label\": \"A\", \"deprecated\": true,"
                + " \"replacedBy\": [\"b\"], \"color\": \"#aBc123\", \"codable\": false}]}");
    assertThat(schema().validate(good)).isEmpty();
  }

  @Test
  void schema_rejectsWhatTheReaderRejects() throws IOException {
    JsonNode bad =
        MAPPER.readTree(
            "{\"formatVersion\": 1, \"id\": \"bad id\", \"title\": \"T\", \"colour\": 1,"
                + " \"themes\": [{\"id\": \"a\"}]}");
    assertThat(schema().validate(bad)).hasSizeGreaterThanOrEqualTo(3);
  }
}
