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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.themetaxonomy.core.testing.RandomTaxonomies;

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

  @Test
  void schema_rejectsWhatTheReaderRejects() throws IOException {
    JsonNode bad =
        MAPPER.readTree(
            "{\"formatVersion\": 1, \"id\": \"bad id\", \"title\": \"T\", \"colour\": 1,"
                + " \"themes\": [{\"id\": \"a\"}]}");
    assertThat(schema().validate(bad)).hasSizeGreaterThanOrEqualTo(3);
  }
}
