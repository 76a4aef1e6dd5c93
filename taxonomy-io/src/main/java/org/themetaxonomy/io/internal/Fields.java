package org.themetaxonomy.io.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.PartialDates;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Subject.Kind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.ValueSyntax;
import org.themetaxonomy.io.internal.Type.Pool;

/**
 * Every field of every element, each declared once: name, type, required or optional, where it
 * appears and how a writer gets it. The JSON and CSV readers and writers, the "did you mean" hints,
 * the position table and the schema tests all work from these declarations, in this order (which is
 * the order writers write). A new optional field is one line here plus its record component in
 * core.
 */
public final class Fields {
  private Fields() {}

  private static final Type<String> ID = Type.id(Pool.VOCABULARY);
  private static final Type<String> THEME_ID = Type.id(Pool.THEME);
  private static final Type<String> THEME_REF = Type.id(Pool.THEME_REFERENCE);
  private static final Type<String> UUID =
      Type.checked(
          ValueSyntax::isUuid,
          "is not a UUID: write 8-4-4-4-12 hexadecimal digits, such as"
              + " 0b5e1f8a-3c2d-4e6f-8a9b-1c2d3e4f5a6b");
  private static final Type<String> BASE_IRI =
      Type.checked(
          ValueSyntax::isBaseIri,
          "is not an absolute IRI ending in '/' or '#', such as https://example.org/themes/");

  /** An evidence entry's theme: the column of evidence.csv that ties a row to its theme. */
  public static final Field<Evidence, String> EVIDENCE_THEME = Field.parentLink("theme");

  /** An evidence entry's source. */
  public static final Field<Evidence, String> EVIDENCE_SOURCE =
      Field.required("source", ID, Evidence::source);

  /** An evidence entry's fields. */
  public static final Schema<Evidence> EVIDENCE =
      new Schema<>(
          Kind.EVIDENCE,
          Evidence.class,
          "evidence",
          "evidence.csv",
          EVIDENCE_THEME,
          EVIDENCE_SOURCE,
          Field.optional("locator", Type.REPEATED_TEXT, Evidence::locator),
          Field.optional("excerpt", Type.TEXT, Evidence::excerpt),
          Field.optional("note", Type.TEXT, Evidence::note));

  /** An area's framework: the column of areas.csv that ties a row to its framework. */
  public static final Field<Area, String> AREA_FRAMEWORK = Field.parentLink("framework");

  /** An area's id. */
  public static final Field<Area, String> AREA_ID = Field.required("id", ID, Area::id);

  /** An area's fields. */
  public static final Schema<Area> AREA =
      new Schema<>(
          Kind.AREA,
          Area.class,
          "areas",
          "areas.csv",
          AREA_FRAMEWORK,
          AREA_ID,
          Field.required("label", Type.TEXT, Area::label),
          Field.optional("description", Type.TEXT, Area::description),
          Field.optional("uuid", UUID, Area::uuid).sparse());

  /** A source's id. */
  public static final Field<Source, String> SOURCE_ID = Field.required("id", ID, Source::id);

  /** A source's fields. */
  public static final Schema<Source> SOURCE =
      new Schema<>(
          Kind.SOURCE,
          Source.class,
          "sources",
          "sources.csv",
          SOURCE_ID,
          Field.required("title", Type.TEXT, Source::title),
          Field.required(
              "kind",
              Type.code(
                  SourceKind.class,
                  c -> SourceKind.fromCode(c).orElse(null),
                  SourceKind::code,
                  codes(SourceKind.codes())),
              Source::kind),
          Field.optional(
              "date",
              Type.checked(
                  PartialDates::isValid,
                  "is not a real date written YYYY, YYYY-MM or YYYY-MM-DD (such as 2017-07-19)"),
              Source::date),
          Field.optional("participants", Type.TEXT, Source::participants),
          Field.optional(
              "participantCount", Type.wholeNumber(0, Integer.MAX_VALUE), Source::participantCount),
          Field.optional("location", Type.TEXT, Source::location),
          Field.optional("url", Type.TEXT, Source::url),
          Field.optional("notes", Type.TEXT, Source::notes));

  /** A framework's id. */
  public static final Field<Framework, String> FRAMEWORK_ID =
      Field.required("id", ID, Framework::id);

  /** A framework's areas: nested in JSON, in areas.csv in CSV. */
  public static final Field<Framework, ImmutableList<Area>> FRAMEWORK_AREAS =
      Field.optional("areas", Type.nested(AREA), Framework::areas).jsonOnly();

  /** A framework's fields. */
  public static final Schema<Framework> FRAMEWORK =
      new Schema<>(
          Kind.FRAMEWORK,
          Framework.class,
          "frameworks",
          "frameworks.csv",
          FRAMEWORK_ID,
          Field.required("title", Type.TEXT, Framework::title),
          Field.optional("version", Type.TEXT, Framework::version),
          Field.optional("description", Type.TEXT, Framework::description),
          Field.optional("url", Type.TEXT, Framework::url),
          Field.optional("baseUri", BASE_IRI, Framework::baseUri).sparse(),
          FRAMEWORK_AREAS);

  /** A theme's id. */
  public static final Field<Theme, String> THEME_ID_FIELD =
      Field.required("id", THEME_ID, Theme::id);

  /** A theme's evidence: nested in JSON, in evidence.csv in CSV. */
  public static final Field<Theme, ImmutableList<Evidence>> THEME_EVIDENCE =
      Field.optional("evidence", Type.nested(EVIDENCE), Theme::evidence).jsonOnly();

  /** A theme's fields. */
  public static final Schema<Theme> THEME =
      new Schema<>(
          Kind.THEME,
          Theme.class,
          "themes",
          "themes.csv",
          THEME_ID_FIELD,
          Field.optional("parent", THEME_REF, Theme::parent),
          Field.required("label", Type.TEXT, Theme::label),
          Field.optional("definition", Type.TEXT, Theme::definition),
          Field.optional("altLabels", Type.list(Type.TEXT), Theme::altLabels),
          THEME_EVIDENCE,
          Field.optional("notes", Type.TEXT, Theme::notes),
          Field.optional("deprecated", Type.bool(false), Theme::deprecated).sparse(),
          Field.optional("replacedBy", Type.list(THEME_REF), Theme::replacedBy).sparse(),
          Field.optional(
                  "color",
                  Type.checked(
                      ValueSyntax::isColor, "is not a colour written #RRGGBB, such as #1f77b4"),
                  Theme::color)
              .sparse(),
          Field.optional("uuid", UUID, Theme::uuid).sparse(),
          Field.optional("codable", Type.bool(true), Theme::codable).sparse());

  /** A crosswalk row's fields. */
  public static final Schema<Mapping> MAPPING =
      new Schema<>(
          Kind.MAPPING,
          Mapping.class,
          "crosswalk",
          "crosswalk.csv",
          Field.required("theme", THEME_REF, Mapping::theme),
          Field.required("framework", ID, Mapping::framework),
          Field.required("area", ID, Mapping::area),
          Field.required(
              "relation",
              Type.code(
                  Relation.class,
                  c -> Relation.fromCode(c).orElse(null),
                  Relation::code,
                  codes(Relation.codes())),
              Mapping::relation),
          Field.optional("confidence", Type.number(0, 1), Mapping::confidence),
          Field.optional("rationale", Type.TEXT, Mapping::rationale));

  /** The format version: always 1, checked by the readers before anything else. */
  public static final Field<Taxonomy, Integer> FORMAT_VERSION =
      Field.required("formatVersion", Type.wholeNumber(0, Integer.MAX_VALUE), t -> 1);

  /** The taxonomy's id. */
  public static final Field<Taxonomy, String> TAXONOMY_ID =
      Field.required("id", Type.id(Pool.NONE), Taxonomy::id);

  /** The taxonomy's title. */
  public static final Field<Taxonomy, String> TAXONOMY_TITLE =
      Field.required("title", Type.TEXT, Taxonomy::title);

  /** The taxonomy's sources. */
  public static final Field<Taxonomy, ImmutableList<Source>> SOURCES =
      Field.optional("sources", Type.nested(SOURCE), Taxonomy::sources)
          .jsonOnly()
          .into(Taxonomy.Builder::addSources);

  /** The taxonomy's frameworks. */
  public static final Field<Taxonomy, ImmutableList<Framework>> FRAMEWORKS =
      Field.optional("frameworks", Type.nested(FRAMEWORK), Taxonomy::frameworks)
          .jsonOnly()
          .into(Taxonomy.Builder::addFrameworks);

  /** The taxonomy's themes. */
  public static final Field<Taxonomy, ImmutableList<Theme>> THEMES =
      Field.optional("themes", Type.nested(THEME), Taxonomy::themes)
          .jsonOnly()
          .into(Taxonomy.Builder::addThemes);

  /** The taxonomy's crosswalk. */
  public static final Field<Taxonomy, ImmutableList<Mapping>> CROSSWALK =
      Field.optional("crosswalk", Type.nested(MAPPING), Taxonomy::crosswalk)
          .jsonOnly()
          .into(Taxonomy.Builder::addMappings);

  /**
   * The taxonomy's own fields, then its lists. In CSV the own fields are the rows of taxonomy.csv
   * ({@code field,value}); the lists are files of their own.
   */
  public static final Schema<Taxonomy> TAXONOMY =
      new Schema<>(
          Kind.TAXONOMY,
          null,
          "",
          "taxonomy.csv",
          Field.<Taxonomy, String>optional("$schema", Type.TEXT, t -> null).jsonOnly(),
          FORMAT_VERSION,
          TAXONOMY_ID,
          TAXONOMY_TITLE,
          Field.optional("version", Type.TEXT, (Taxonomy t) -> t.version().orElse(null))
              .into(Taxonomy.Builder::version),
          Field.optional("description", Type.TEXT, (Taxonomy t) -> t.description().orElse(null))
              .into(Taxonomy.Builder::description),
          Field.optional("language", Type.TEXT, Taxonomy::language)
              .into(Taxonomy.Builder::language),
          Field.optional("baseUri", BASE_IRI, (Taxonomy t) -> t.baseUri().orElse(null))
              .into(Taxonomy.Builder::baseUri)
              .sparse(),
          Field.optional(
                  "license",
                  Type.checked(
                      ValueSyntax::isAbsoluteIri,
                      "is not an absolute IRI, such as"
                          + " https://creativecommons.org/licenses/by/4.0/"),
                  (Taxonomy t) -> t.license().orElse(null))
              .into(Taxonomy.Builder::license)
              .sparse(),
          SOURCES,
          FRAMEWORKS,
          THEMES,
          CROSSWALK);

  /** Every schema, in the order of the CSV bundle's files. */
  public static final ImmutableList<Schema<?>> ALL =
      ImmutableList.of(TAXONOMY, SOURCE, FRAMEWORK, AREA, THEME, EVIDENCE, MAPPING);

  /**
   * Returns the schema of a kind of element.
   *
   * @param kind the kind; not {@link Kind#FILE}
   * @return its schema
   */
  public static Schema<?> of(Kind kind) {
    return switch (kind) {
      case FILE, TAXONOMY -> TAXONOMY;
      case SOURCE -> SOURCE;
      case FRAMEWORK -> FRAMEWORK;
      case AREA -> AREA;
      case THEME -> THEME;
      case EVIDENCE -> EVIDENCE;
      case MAPPING -> MAPPING;
    };
  }

  private static List<String> codes(String joined) {
    return List.of(joined.split(", "));
  }
}
