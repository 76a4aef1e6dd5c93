package org.themetaxonomy.core;

import java.util.HashMap;
import java.util.Map;

/** A locator backed by a map, for tests: enough to check that rules report where they should. */
final class MapLocator implements Locator {
  private final Map<Subject, Location> locations = new HashMap<>();

  MapLocator put(Subject subject, Location location) {
    locations.put(subject, location);
    return this;
  }

  @Override
  public Location locate(Subject subject) {
    Location exact = locations.get(subject);
    if (exact != null) {
      return exact;
    }
    return locations.getOrDefault(subject.element(), Location.UNKNOWN);
  }
}
