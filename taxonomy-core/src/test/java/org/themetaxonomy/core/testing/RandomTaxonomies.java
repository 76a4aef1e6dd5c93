package org.themetaxonomy.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.SourceKind;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * Seeded random taxonomies: the same seed always gives the same taxonomy. A forest about six levels
 * deep; labels of about 30 characters, definitions of about 120, two alternative labels, one piece
 * of evidence and two crosswalk rows per theme; a few hundred sources; three frameworks of six to
 * ten areas. With {@code hostile} text, values are full of what breaks naive CSV and JSON writers.
 */
public final class RandomTaxonomies {
  private static final String[] WORDS = {
    "school",
    "family",
    "funding",
    "staff",
    "culture",
    "training",
    "mental",
    "health",
    "access",
    "leadership",
    "policy",
    "coordination",
    "services",
    "students",
    "community",
    "partners",
    "budget",
    "support",
    "trauma",
    "safety",
    "learning",
    "equity",
    "time",
    "data"
  };

  private static final String[] HOSTILE = {
    "\"quoted\"",
    "a,b",
    "pipe|bar",
    "back\\slash",
    "line\nbreak",
    "crlf\r\nbreak",
    "tab\there",
    "=SUM(A1)",
    "+1",
    "-minus",
    "@at",
    "'apostrophe",
    "emoji \uD83D\uDE00",
    "עברית",
    "العربية",
    "\\|",
    "trailing\\",
    "''double",
    "naïve café",
    "\u2014dash"
  };

  // Absolute IRIs with what a CSV or JSON writer must protect: commas, quotes, formula signs,
  // characters outside the BMP, right-to-left text.
  private static final String[] IRIS = {
    "https://example.org/themes/",
    "https://example.org/a,b/",
    "https://example.org/'quoted'/=sum+1/",
    "urn:x-taxonomy:\uD83D\uDE00#",
    "https://example.org/עברית#",
    "http://example.org/@at;-minus/"
  };

  private final SplittableRandom random;
  private final boolean hostile;
  private final boolean everyField;
  private final boolean numberedLabels;

  private RandomTaxonomies(long seed, boolean hostile, boolean everyField) {
    this(seed, hostile, everyField, false);
  }

  private RandomTaxonomies(long seed, boolean hostile, boolean everyField, boolean numberedLabels) {
    this.random = new SplittableRandom(seed);
    this.hostile = hostile;
    this.everyField = everyField;
    this.numberedLabels = numberedLabels;
  }

  /**
   * Generates a taxonomy with plain text.
   *
   * @param seed the seed
   * @param themes how many themes
   * @return the taxonomy
   */
  public static Taxonomy generate(long seed, int themes) {
    return new RandomTaxonomies(seed, false, false).build(themes);
  }

  /**
   * Generates a taxonomy with plain text, as {@link #generate(long, int)} does, whose theme labels
   * end in the theme's number, so that no two are the same or nearly the same: a big file that
   * validates without findings, as the big-file benchmark needs (random four-word labels repeat
   * once there are more than a few hundred thousand themes).
   *
   * @param seed the seed
   * @param themes how many themes
   * @return the taxonomy
   */
  public static Taxonomy numberedLabels(long seed, int themes) {
    return new RandomTaxonomies(seed, false, false, true).build(themes);
  }

  /**
   * Generates a taxonomy with hostile text, as {@link #hostile(long, int)} does, that also sets
   * every optional field of part two: the taxonomy's base IRI and license, some frameworks' base
   * IRIs, area and theme uuids, colours, themes that are not codable, and deprecated themes
   * replaced by live ones. Its values are valid and its uuids unique.
   *
   * @param seed the seed
   * @param themes how many themes
   * @return the taxonomy
   */
  public static Taxonomy everyField(long seed, int themes) {
    return new RandomTaxonomies(seed, true, true).build(themes);
  }

  /**
   * Generates a taxonomy whose text is full of quotes, separators, line breaks, formula triggers,
   * characters outside the BMP and right-to-left text.
   *
   * @param seed the seed
   * @param themes how many themes
   * @return the taxonomy
   */
  public static Taxonomy hostile(long seed, int themes) {
    return new RandomTaxonomies(seed, true, false).build(themes);
  }

  /**
   * Generates a random forest as parent positions: parents[i] is -1 or a position before i.
   *
   * @param seed the seed
   * @param size how many nodes
   * @return the parent positions
   */
  public static int[] forest(long seed, int size) {
    return new RandomTaxonomies(seed, false, false).parents(size);
  }

  private int[] parents(int n) {
    // A parent drawn from the first i / fanOut nodes keeps the forest about log_fanOut(n) deep:
    // with fanOut = n^(1/6), about six levels. The first fanOut nodes are the roots.
    int fanOut = Math.max(2, (int) Math.round(Math.pow(Math.max(n, 2), 1.0 / 6)));
    int[] parents = new int[n];
    for (int i = 0; i < n; i++) {
      parents[i] = i < fanOut ? -1 : random.nextInt(0, i / fanOut);
    }
    return parents;
  }

  private Taxonomy build(int themeCount) {
    Taxonomy.Builder b =
        Taxonomy.builder("generated", text(20)).version("1").description(text(80)).language("en");
    if (everyField) {
      b.baseUri(IRIS[random.nextInt(IRIS.length)]).license(IRIS[random.nextInt(IRIS.length)] + "x");
    }
    int sourceCount = 200 + random.nextInt(100);
    for (int s = 0; s < sourceCount; s++) {
      SourceKind kind = SourceKind.values()[random.nextInt(SourceKind.values().length)];
      b.addSource(
          new Source(
              "s" + s,
              text(30),
              kind,
              "2017-07-" + (10 + random.nextInt(19)),
              random.nextBoolean() ? text(20) : null,
              random.nextInt(40),
              text(12),
              null,
              random.nextInt(4) == 0 ? text(40) : null));
    }
    List<Framework> frameworks = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      List<Area> areas = new ArrayList<>();
      int areaCount = 6 + random.nextInt(5);
      for (int a = 0; a < areaCount; a++) {
        areas.add(
            new Area(
                "a" + a,
                text(24),
                random.nextBoolean() ? text(60) : null,
                everyField && random.nextBoolean() ? uuid(1, f * 100 + a) : null));
      }
      Framework fw =
          new Framework(
              "fw" + f,
              text(30),
              "2." + f,
              text(50),
              null,
              everyField && f > 0 ? IRIS[random.nextInt(IRIS.length)] : null,
              areasOf(areas));
      frameworks.add(fw);
      b.addFramework(fw);
    }
    int[] parents = parents(themeCount);
    for (int i = 0; i < themeCount; i++) {
      Theme.Builder theme =
          Theme.builder("t" + i, numberedLabels ? text(30) + " " + i : text(30))
              .parent(parents[i] < 0 ? null : "t" + parents[i])
              .definition(text(120))
              .altLabels(text(20), text(20))
              .evidence(
                  new Evidence(
                      "s" + random.nextInt(sourceCount),
                      "Section " + random.nextInt(12),
                      text(30),
                      null));
      if (everyField) {
        // Every fifth theme after the first few is deprecated, replaced by one or two of the
        // first themes, which are never deprecated themselves.
        if (i >= 5 && i % 5 == 0) {
          theme.deprecated(true);
          int n = 1 + random.nextInt(2);
          for (int k = 0; k < n; k++) {
            theme.replacedBy("t" + (k * 2 + random.nextInt(2)));
          }
        }
        if (random.nextBoolean()) {
          theme.color(String.format("#%06X", random.nextInt(1 << 24)));
        }
        if (random.nextInt(3) > 0) {
          theme.uuid(uuid(2, i));
        }
        theme.codable(random.nextInt(4) > 0);
      }
      b.addTheme(theme.build());
      for (int k = 0; k < 2; k++) {
        Framework fw = frameworks.get((i + k) % frameworks.size());
        String area = fw.areas().get(random.nextInt(fw.areas().size())).id();
        Relation relation = Relation.values()[1 + random.nextInt(Relation.values().length - 1)];
        Double confidence = random.nextBoolean() ? random.nextInt(101) / 100.0 : null;
        b.addMapping(new Mapping("t" + i, fw.id(), area, relation, confidence, null));
      }
    }
    return b.build();
  }

  private static com.google.common.collect.ImmutableList<Area> areasOf(List<Area> areas) {
    return com.google.common.collect.ImmutableList.copyOf(areas);
  }

  /** A UUID unique for its kind and number, in either case. */
  private String uuid(int kind, int n) {
    String u =
        String.format(
            "%08x-%04x-4%03x-8%03x-%012x", n, kind, n & 0xfff, kind, random.nextLong() >>> 16);
    return random.nextBoolean() ? u : u.toUpperCase(java.util.Locale.ROOT);
  }

  /** Text of about the given length: words, and in hostile mode, traps between them. */
  private String text(int length) {
    StringBuilder out = new StringBuilder(length + 16);
    if (hostile && random.nextInt(3) == 0) {
      out.append(HOSTILE[random.nextInt(HOSTILE.length)]).append(' ');
    }
    while (out.length() < length) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (hostile && random.nextInt(4) == 0) {
        out.append(HOSTILE[random.nextInt(HOSTILE.length)]);
      } else {
        out.append(WORDS[random.nextInt(WORDS.length)]);
      }
    }
    return out.toString().strip().isEmpty() ? "x" : out.toString().strip();
  }
}
