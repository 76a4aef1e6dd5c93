package org.themetaxonomy.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.themetaxonomy.core.Subject.Kind;

/** A record is bound to its fields by name when its schema is made, or the schema refuses. */
class SchemaTest {
  record Pair(String name, @Nullable String colour, boolean flag) {}

  @Test
  void schema_componentWithoutField_refusedAtOnce() {
    assertThatThrownBy(
            () ->
                new Schema<>(
                    Kind.SOURCE,
                    Pair.class,
                    "pairs",
                    "pairs.csv",
                    Field.required("name", Type.TEXT, Pair::name),
                    Field.optional("flag", Type.bool(true), Pair::flag)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Pair.colour has no field of its name and type");
  }

  @Test
  void schema_fieldOfAnotherType_refusedAtOnce() {
    assertThatThrownBy(
            () ->
                new Schema<>(
                    Kind.SOURCE,
                    Pair.class,
                    "pairs",
                    "pairs.csv",
                    Field.required("name", Type.TEXT, Pair::name),
                    Field.optional("colour", Type.TEXT, Pair::colour),
                    Field.optional("flag", Type.TEXT, p -> null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Pair.flag has no field of its name and type");
  }

  @Test
  void make_absentValues_takeTheTypesDefaults() {
    Field<Pair, String> name = Field.required("name", Type.TEXT, Pair::name);
    Field<Pair, String> colour = Field.optional("colour", Type.TEXT, Pair::colour);
    Field<Pair, Boolean> flag = Field.optional("flag", Type.bool(true), Pair::flag);
    Schema<Pair> schema =
        new Schema<>(Kind.SOURCE, Pair.class, "pairs", "pairs.csv", flag, name, colour);
    Object[] values = new Object[3];
    values[name.ordinal()] = "n";
    assertThat(schema.make(values)).isEqualTo(new Pair("n", null, true));
    assertThat(schema.jsonNames()).containsExactly("flag", "name", "colour");
  }

  @Test
  void fields_everySchemaBuilt() {
    // Loading the declarations binds every record: a component without a field fails here.
    assertThat(Fields.ALL).hasSize(7);
    assertThat(Fields.THEME.jsonField("color")).isNotNull();
    assertThat(Fields.THEME.csvNames()).doesNotContain("evidence");
    assertThat(Fields.AREA.jsonNames()).doesNotContain("framework");
  }
}
