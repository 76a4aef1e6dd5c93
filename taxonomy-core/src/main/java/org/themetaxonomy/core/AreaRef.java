package org.themetaxonomy.core;

/**
 * Names one area of one framework.
 *
 * @param framework the framework's id
 * @param area the area's id within it
 */
public record AreaRef(String framework, String area) {
  /**
   * Checks both ids.
   *
   * @param framework the framework's id
   * @param area the area's id within that framework
   * @throws IllegalArgumentException if either is not a valid id
   */
  public AreaRef {
    Ids.require(framework, "framework id");
    Ids.require(area, "area id");
  }

  /** Returns {@code framework/area}. */
  @Override
  public String toString() {
    return framework + "/" + area;
  }
}
