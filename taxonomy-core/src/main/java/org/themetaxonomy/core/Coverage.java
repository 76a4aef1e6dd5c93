package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * How the themes of a taxonomy cover one framework.
 *
 * @param framework the framework
 * @param themesByArea each area, in framework order, with the themes mapped to it directly
 * @param emptyAreas the areas no theme maps to
 * @param unmappedThemes the themes that reach none of the framework's areas, neither themselves nor
 *     through a descendant
 */
public record Coverage(
    Framework framework,
    ImmutableMap<Area, ImmutableList<Theme>> themesByArea,
    ImmutableList<Area> emptyAreas,
    ImmutableList<Theme> unmappedThemes) {
  /**
   * Copies the collections.
   *
   * @param framework the framework
   * @param themesByArea every area of the framework, in framework order, with the themes mapped to
   *     it directly (an empty list for an empty area)
   * @param emptyAreas the areas no theme maps to, in framework order
   * @param unmappedThemes the themes that reach none of the areas, in model order
   */
  public Coverage {
    themesByArea = ImmutableMap.copyOf(themesByArea);
    emptyAreas = ImmutableList.copyOf(emptyAreas);
    unmappedThemes = ImmutableList.copyOf(unmappedThemes);
  }
}
