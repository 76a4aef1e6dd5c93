package org.themetaxonomy.io.rdf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.internal.Texts;

/**
 * The IRIs of one taxonomy, shared by both exports so that an SSSOM CURIE expands to exactly the
 * IRI the Turtle names: the taxonomy's base (its {@code baseUri}, else {@code urn:taxonomy:<id>:}),
 * each framework's base (its own {@code baseUri}, else the taxonomy's base + framework id + {@code
 * /}), and a prefix name for each distinct base.
 */
final class Iris {
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String SEMAPV = "https://w3id.org/semapv/vocab/";

  /** Prefix names of the vocabularies either export declares, or that readers know built in. */
  private static final Set<String> RESERVED =
      Set.of(
          "skos",
          "semapv",
          "owl",
          "rdf",
          "rdfs",
          "xsd",
          "dct",
          "dcterms",
          "dc",
          "foaf",
          "sssom",
          "linkml",
          "oio",
          "oboInOwl",
          "pav",
          "prov",
          "schema",
          "orcid",
          "obo",
          "source");

  private final String base;
  private final boolean fallback;
  private final String taxonomyId;
  private final Map<String, String> frameworkBases = new HashMap<>();
  private final ImmutableList<Framework> frameworks;
  private final LinkedHashMap<String, String> prefixes = new LinkedHashMap<>(); // name -> base
  private final Map<String, String> prefixOf = new HashMap<>(); // base -> name

  Iris(Taxonomy taxonomy) {
    this.taxonomyId = taxonomy.id();
    this.fallback = taxonomy.baseUri().isEmpty();
    this.base = taxonomy.baseUri().orElse("urn:taxonomy:" + taxonomy.id() + ":");
    declare(taxonomy.id(), base);
    this.frameworks = taxonomy.frameworks();
    for (Framework f : frameworks) {
      String b = f.baseUri() != null ? f.baseUri() : base + f.id() + "/";
      frameworkBases.put(f.id(), b);
      declare(f.id(), b);
    }
  }

  private void declare(String id, String iriBase) {
    if (prefixOf.containsKey(iriBase)) {
      return; // two frameworks on one base share its prefix: a CURIE map must be one-to-one
    }
    String name = prefixName(id);
    String candidate = name;
    for (int n = 2; prefixes.containsKey(candidate) || RESERVED.contains(candidate); n++) {
      candidate = name + "_" + n;
    }
    prefixes.put(candidate, iriBase);
    prefixOf.put(iriBase, candidate);
  }

  /** A prefix valid in Turtle (PN_PREFIX) and as an NCName: a letter, then [A-Za-z0-9_-]. */
  static String prefixName(String id) {
    StringBuilder b = new StringBuilder(id.length() + 1);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      b.append(
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
              ? c
              : '_');
    }
    char first = b.charAt(0);
    if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) {
      b.insert(0, 't');
    }
    return b.toString();
  }

  /** The taxonomy's base, which is also its concept scheme's IRI. */
  String base() {
    return base;
  }

  /** Whether the base is the {@code urn:taxonomy:} fallback. */
  boolean isFallback() {
    return fallback;
  }

  /** A framework's base, which is also its concept scheme's IRI. */
  String frameworkBase(String frameworkId) {
    String b = frameworkBases.get(frameworkId);
    if (b == null) {
      throw new IllegalArgumentException("no framework " + frameworkId);
    }
    return b;
  }

  /** The base of the source resources: ids never start with {@code _}, so no theme is there. */
  String sourceBase() {
    return base + "_source/";
  }

  /** The mapping set's IRI, under the base where no theme or framework can be. */
  String mappingSetId() {
    return base + "_mappings";
  }

  /** The prefix names and their bases, taxonomy first, then the frameworks, in model order. */
  ImmutableMap<String, String> prefixes() {
    return ImmutableMap.copyOf(prefixes);
  }

  /** The prefix name of a base. */
  String prefix(String iriBase) {
    String p = prefixOf.get(iriBase);
    if (p == null) {
      throw new IllegalArgumentException("no prefix for " + iriBase);
    }
    return p;
  }

  /** The CURIE of an id under a base that has a prefix. */
  String curie(String iriBase, String id) {
    return prefix(iriBase) + ":" + id;
  }

  /**
   * The warnings for frameworks whose base is the taxonomy's or an earlier framework's. IRIs under
   * one base meet: a framework's concept scheme is its base, so two frameworks on one base are one
   * scheme, and an area gets the same IRI as a theme, or as another framework's area, with its id.
   */
  ImmutableList<Diagnostic> sharedBaseNotes(String what) {
    ImmutableList.Builder<Diagnostic> notes = ImmutableList.builder();
    Map<String, String> firstOnBase = new HashMap<>();
    for (int i = 0; i < frameworks.size(); i++) {
      Framework f = frameworks.get(i);
      String b = frameworkBases.get(f.id());
      String message;
      if (b.equals(base)) {
        message =
            "framework "
                + Texts.quote(f.id())
                + " has the taxonomy's own base <"
                + b
                + ">, so in "
                + what
                + " its concept scheme is the taxonomy's, and an area and a theme with the same id"
                + " are one IRI; give the framework a baseUri of its own, such as <"
                + base
                + f.id()
                + "/>";
      } else if (firstOnBase.containsKey(b)) {
        message =
            "frameworks "
                + Texts.quote(firstOnBase.get(b))
                + " and "
                + Texts.quote(f.id())
                + " have the same baseUri <"
                + b
                + ">, so in "
                + what
                + " their concept schemes are one IRI and areas with the same id are one"
                + " concept; give each framework a baseUri of its own";
      } else {
        firstOnBase.put(b, f.id());
        continue;
      }
      notes.add(
          new Diagnostic(
              "shared-base-uri",
              Severity.WARNING,
              message,
              Subject.framework(i, f.id()).field("baseUri"),
              Location.UNKNOWN));
    }
    return notes.build();
  }

  /**
   * The warning that the base is the fallback, saying how to set {@code baseUri}; null when the
   * taxonomy has one.
   */
  @Nullable Diagnostic fallbackNote(String what) {
    if (!fallback) {
      return null;
    }
    return new Diagnostic(
        "no-base-uri",
        Severity.WARNING,
        "the taxonomy has no baseUri, so "
            + what
            + " names its themes and areas with urn:taxonomy:"
            + taxonomyId
            + ": IRIs, which resolve nowhere; to publish lasting IRIs, set baseUri to an absolute"
            + " IRI ending in / or # (for example \"baseUri\": \"https://example.org/"
            + taxonomyId
            + "/\" in the JSON file, or a baseUri row in taxonomy.csv) and convert again",
        Subject.taxonomy("baseUri"),
        Location.UNKNOWN);
  }
}
