package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * A policy framework whose areas themes are cross-walked to.
 *
 * @param id the framework's id
 * @param title its title
 * @param version its version
 * @param description what it is
 * @param url where it is published
 * @param baseUri the base IRI of its areas (an area's IRI is this plus the area id), or null for
 *     the taxonomy's base IRI plus the framework id and {@code /}
 * @param areas its areas, in their published order; ids need not be unique here (a duplicate is a
 *     structural error that {@link Taxonomy.Builder#build()} reports with the others)
 */
public record Framework(
    String id,
    String title,
    @Nullable String version,
    @Nullable String description,
    @Nullable String url,
    @Nullable String baseUri,
    ImmutableList<Area> areas) {

  /**
   * Checks the arguments and copies the areas; blank optional text becomes null.
   *
   * @param id the framework's id
   * @param title its title; may not be blank
   * @param version its version, or null
   * @param description what it is, or null
   * @param url where it is published, or null
   * @param baseUri the base IRI of its areas, ending in {@code /} or {@code #}, or null
   * @param areas its areas, in their published order
   * @throws IllegalArgumentException if the id is not a valid id, the title is blank, or the base
   *     IRI is not an absolute IRI ending in {@code /} or {@code #}
   */
  public Framework {
    Ids.require(id, "framework id");
    Texts.required(title, "framework title");
    version = Texts.optional(version);
    description = Texts.optional(description);
    url = Texts.optional(url);
    baseUri = Texts.optional(baseUri);
    if (baseUri != null && !ValueSyntax.isBaseIri(baseUri)) {
      throw new IllegalArgumentException(
          "baseUri " + Texts.quote(baseUri) + " is not an absolute IRI ending in / or #");
    }
    areas = ImmutableList.copyOf(areas);
  }

  /**
   * Creates a framework with no base IRI of its own.
   *
   * @param id the id
   * @param title the title
   * @param version its version, or null
   * @param description what it is, or null
   * @param url where it is published, or null
   * @param areas its areas
   */
  public Framework(
      String id,
      String title,
      @Nullable String version,
      @Nullable String description,
      @Nullable String url,
      ImmutableList<Area> areas) {
    this(id, title, version, description, url, null, areas);
  }

  /**
   * Creates a framework with only its title and areas.
   *
   * @param id the id
   * @param title the title
   * @param areas the areas
   * @return the framework
   */
  public static Framework of(String id, String title, List<Area> areas) {
    return new Framework(id, title, null, null, null, null, ImmutableList.copyOf(areas));
  }

  /**
   * Finds an area by id.
   *
   * @param areaId the area's id
   * @return the first area of that id, or empty
   */
  public Optional<Area> area(String areaId) {
    for (Area area : areas) {
      if (area.id().equals(areaId)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }
}
