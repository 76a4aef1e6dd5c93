package org.themetaxonomy.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.IdTable;
import org.themetaxonomy.core.internal.StructureCheck;

/**
 * A theme taxonomy: sources, frameworks, a forest of themes and a crosswalk from themes to
 * framework areas, with indexes for the queries built once.
 *
 * <p>A taxonomy that exists is structurally sound: ids are unique (area ids within their
 * framework), every reference resolves, no theme is its own parent and the themes have no cycle.
 * Build one with {@link #builder(String, String)}; {@link Builder#tryBuild(Locator)} reports every
 * structural error at once instead of the first. Instances are immutable and safe to share.
 *
 * <p>Every walk is iterative, so a million-deep parent chain costs memory, never stack.
 */
public final class Taxonomy {
  /** The language of a taxonomy that names none. */
  public static final String DEFAULT_LANGUAGE = "en";

  private final String id;
  private final String title;
  private final @Nullable String version;
  private final @Nullable String description;
  private final String language;
  private final @Nullable String baseUri;
  private final @Nullable String license;
  private final ImmutableList<Source> sources;
  private final ImmutableList<Framework> frameworks;
  private final ImmutableList<Theme> themes;
  private final ImmutableList<Mapping> crosswalk;

  // Indexes over dense positions. Children and rows are kept as compressed sparse rows: the
  // entries of position i are list[start[i]] .. list[start[i + 1] - 1], in model order.
  private final IdTable themeIds;
  private final IdTable sourceIds;
  private final IdTable frameworkIds;
  private final ImmutableList<ImmutableMap<String, Integer>> areaIds;
  private final int[] areaBase; // first area ordinal of each framework
  private final int[] parents; // parent position, or -1
  private final int[] childStart;
  private final int[] childList;
  private final int[] roots;
  private final int[] depths;
  private final int[] topDown; // every position, parents before children
  private final int[] rowStart; // crosswalk rows by theme
  private final int[] rowList;
  private final int[] rowArea; // area ordinal of each crosswalk row
  private final int[] rowTheme; // theme position of each crosswalk row
  private final int[] areaRowStart; // crosswalk rows by area ordinal
  private final int[] areaRowList;

  private Taxonomy(Builder b, StructureCheck s) {
    this.id = b.id;
    this.title = b.title;
    this.version = b.version;
    this.description = b.description;
    this.language = b.language == null ? DEFAULT_LANGUAGE : b.language;
    this.baseUri = b.baseUri;
    this.license = b.license;
    this.sources = s.sources();
    this.frameworks = s.frameworks();
    this.themes = s.themes();
    this.crosswalk = s.crosswalk();
    this.themeIds = s.themeIds();
    this.sourceIds = s.sourceIds();
    this.frameworkIds = s.frameworkIds();
    this.areaIds = s.areaIds();
    this.areaBase = s.areaBase();
    this.parents = s.parents();
    this.rowArea = s.rowAreas();

    int n = themes.size();
    int[] childCount = new int[n + 1];
    int rootCount = 0;
    for (int p : parents) {
      if (p < 0) {
        rootCount++;
      } else {
        childCount[p]++;
      }
    }
    this.childStart = prefixSums(childCount);
    this.childList = new int[n - rootCount];
    this.roots = new int[rootCount];
    int[] fill = Arrays.copyOf(childStart, n);
    int r = 0;
    for (int i = 0; i < n; i++) {
      int p = parents[i];
      if (p < 0) {
        roots[r++] = i;
      } else {
        childList[fill[p]++] = i;
      }
    }

    // Breadth-first from the roots: parents before children, depths on the way.
    this.topDown = new int[n];
    this.depths = new int[n];
    int head = 0;
    int tail = 0;
    for (int root : roots) {
      topDown[tail++] = root;
    }
    while (head < tail) {
      int t = topDown[head++];
      for (int c = childStart[t]; c < childStart[t + 1]; c++) {
        int child = childList[c];
        depths[child] = depths[t] + 1;
        topDown[tail++] = child;
      }
    }

    int rows = crosswalk.size();
    int[] perTheme = new int[n + 1];
    int areaCount = areaBase[areaBase.length - 1];
    int[] perArea = new int[areaCount + 1];
    this.rowTheme = s.rowThemes();
    for (int i = 0; i < rows; i++) {
      perTheme[rowTheme[i]]++;
      perArea[rowArea[i]]++;
    }
    this.rowStart = prefixSums(perTheme);
    this.areaRowStart = prefixSums(perArea);
    this.rowList = new int[rows];
    this.areaRowList = new int[rows];
    int[] themeFill = Arrays.copyOf(rowStart, n);
    int[] areaFill = Arrays.copyOf(areaRowStart, areaCount);
    for (int i = 0; i < rows; i++) {
      rowList[themeFill[rowTheme[i]]++] = i;
      areaRowList[areaFill[rowArea[i]]++] = i;
    }
  }

  private static int[] prefixSums(int[] counts) {
    // counts has one spare slot at the end; the result's entry i is the sum of counts[0..i-1].
    int[] starts = new int[counts.length];
    int sum = 0;
    for (int i = 0; i < counts.length; i++) {
      starts[i] = sum;
      sum += counts[i];
    }
    return starts;
  }

  /**
   * Starts a taxonomy.
   *
   * @param id the taxonomy's id
   * @param title its title
   * @return a builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Returns a builder holding this taxonomy's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder(id, title)
            .version(version)
            .description(description)
            .language(language)
            .baseUri(baseUri)
            .license(license);
    b.sources.addAll(sources);
    b.frameworks.addAll(frameworks);
    b.themes.addAll(themes);
    b.crosswalk.addAll(crosswalk);
    return b;
  }

  /** Returns the taxonomy's id. */
  public String id() {
    return id;
  }

  /** Returns its title. */
  public String title() {
    return title;
  }

  /** Returns its version, if any. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** Returns its description, if any. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Returns its language as a BCP 47 tag; {@value #DEFAULT_LANGUAGE} unless set. */
  public String language() {
    return language;
  }

  /**
   * Returns the base IRI of its themes, if any: a theme's IRI is this plus the theme's id. It is
   * absolute and ends in {@code /} or {@code #}.
   */
  public Optional<String> baseUri() {
    return Optional.ofNullable(baseUri);
  }

  /** Returns the IRI of its license, if any. */
  public Optional<String> license() {
    return Optional.ofNullable(license);
  }

  /** Returns the sources, in model order. */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /** Returns the frameworks, in model order. */
  public ImmutableList<Framework> frameworks() {
    return frameworks;
  }

  /** Returns every theme, in model order. */
  public ImmutableList<Theme> themes() {
    return themes;
  }

  /** Returns the crosswalk rows, in model order. */
  public ImmutableList<Mapping> crosswalk() {
    return crosswalk;
  }

  // ---- lookups -------------------------------------------------------------------------------

  /**
   * Finds a theme.
   *
   * @param themeId the theme's id
   * @return the theme, or empty
   */
  public Optional<Theme> theme(String themeId) {
    int i = themeIds.get(themeId);
    return i < 0 ? Optional.empty() : Optional.of(themes.get(i));
  }

  /**
   * Returns a theme's position in {@link #themes()}.
   *
   * @param themeId the theme's id
   * @return its position, or -1 if there is no such theme
   */
  public int indexOf(String themeId) {
    return themeIds.get(themeId);
  }

  /**
   * Finds a source.
   *
   * @param sourceId the source's id
   * @return the source, or empty
   */
  public Optional<Source> source(String sourceId) {
    int i = sourceIds.get(sourceId);
    return i < 0 ? Optional.empty() : Optional.of(sources.get(i));
  }

  /**
   * Finds a framework.
   *
   * @param frameworkId the framework's id
   * @return the framework, or empty
   */
  public Optional<Framework> framework(String frameworkId) {
    int i = frameworkIds.get(frameworkId);
    return i < 0 ? Optional.empty() : Optional.of(frameworks.get(i));
  }

  /**
   * Finds an area.
   *
   * @param ref the framework and area ids
   * @return the area, or empty
   */
  public Optional<Area> area(AreaRef ref) {
    int ordinal = areaOrdinal(ref);
    if (ordinal < 0) {
      return Optional.empty();
    }
    int f = frameworkIds.get(ref.framework());
    return Optional.of(frameworks.get(f).areas().get(ordinal - areaBase[f]));
  }

  private int areaOrdinal(AreaRef ref) {
    int f = frameworkIds.get(ref.framework());
    if (f < 0) {
      return -1;
    }
    Integer a = areaIds.get(f).get(ref.area());
    return a == null ? -1 : areaBase[f] + a;
  }

  private int require(String themeId) {
    int i = themeIds.get(requireNonNull(themeId, "themeId"));
    if (i < 0) {
      throw new IllegalArgumentException("no theme " + Texts.quote(themeId));
    }
    return i;
  }

  // ---- the hierarchy -------------------------------------------------------------------------

  /** Returns the top-level themes, in model order. */
  public ImmutableList<Theme> roots() {
    return themesAt(roots, 0, roots.length);
  }

  /**
   * Returns a theme's children, in model order.
   *
   * @param themeId the theme's id
   * @return its children
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Theme> children(String themeId) {
    int i = require(themeId);
    return themesAt(childList, childStart[i], childStart[i + 1]);
  }

  /**
   * Returns a theme's parent.
   *
   * @param themeId the theme's id
   * @return its parent, or empty for a top-level theme
   * @throws IllegalArgumentException if there is no such theme
   */
  public Optional<Theme> parent(String themeId) {
    int p = parents[require(themeId)];
    return p < 0 ? Optional.empty() : Optional.of(themes.get(p));
  }

  /**
   * Returns a theme's ancestors, nearest first.
   *
   * @param themeId the theme's id
   * @return its parent, its parent's parent, up to a top-level theme
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Theme> ancestors(String themeId) {
    int i = require(themeId);
    ImmutableList.Builder<Theme> out = ImmutableList.builderWithExpectedSize(depths[i]);
    for (int p = parents[i]; p >= 0; p = parents[p]) {
      out.add(themes.get(p));
    }
    return out.build();
  }

  /**
   * Returns the path from a top-level theme down to this one.
   *
   * @param themeId the theme's id
   * @return the ancestors, farthest first, then the theme
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Theme> path(String themeId) {
    int i = require(themeId);
    Theme[] path = new Theme[depths[i] + 1];
    for (int p = i, k = depths[i]; p >= 0; p = parents[p], k--) {
      path[k] = themes.get(p);
    }
    return ImmutableList.copyOf(path);
  }

  /**
   * Returns a theme's descendants in depth-first pre-order, children in model order.
   *
   * @param themeId the theme's id
   * @return every theme below it
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Theme> descendants(String themeId) {
    ImmutableList.Builder<Theme> out = ImmutableList.builder();
    forEachDescendant(require(themeId), d -> out.add(themes.get(d)));
    return out.build();
  }

  private void forEachDescendant(int start, java.util.function.IntConsumer action) {
    int[] stack = new int[16];
    int top = 0;
    for (int c = childStart[start + 1] - 1; c >= childStart[start]; c--) {
      stack = push(stack, top++, childList[c]);
    }
    while (top > 0) {
      int t = stack[--top];
      action.accept(t);
      for (int c = childStart[t + 1] - 1; c >= childStart[t]; c--) {
        stack = push(stack, top++, childList[c]);
      }
    }
  }

  private static int[] push(int[] stack, int top, int value) {
    if (top == stack.length) {
      stack = Arrays.copyOf(stack, stack.length * 2);
    }
    stack[top] = value;
    return stack;
  }

  /**
   * Returns how deep a theme is.
   *
   * @param themeId the theme's id
   * @return 0 for a top-level theme, 1 for its children, and so on
   * @throws IllegalArgumentException if there is no such theme
   */
  public int depth(String themeId) {
    return depths[require(themeId)];
  }

  /** Returns the depth of the deepest theme, or -1 if there are no themes. */
  public int maxDepth() {
    int max = -1;
    for (int d : depths) {
      max = Math.max(max, d);
    }
    return max;
  }

  // ---- the crosswalk -------------------------------------------------------------------------

  /**
   * Returns the crosswalk rows of a theme itself, in model order.
   *
   * @param themeId the theme's id
   * @return its rows
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Mapping> mappingsOf(String themeId) {
    int i = require(themeId);
    ImmutableList.Builder<Mapping> out = ImmutableList.builder();
    for (int r = rowStart[i]; r < rowStart[i + 1]; r++) {
      out.add(crosswalk.get(rowList[r]));
    }
    return out.build();
  }

  /**
   * Returns the positions in {@link #crosswalk()} of a theme's own rows, in model order.
   *
   * @param themeId the theme's id
   * @return a fresh array of row positions
   * @throws IllegalArgumentException if there is no such theme
   */
  public int[] mappingRowsOf(String themeId) {
    int i = require(themeId);
    return Arrays.copyOfRange(rowList, rowStart[i], rowStart[i + 1]);
  }

  /**
   * Returns the areas a theme itself maps to, in crosswalk order.
   *
   * @param themeId the theme's id
   * @return the areas
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableSet<AreaRef> areasOf(String themeId) {
    int i = require(themeId);
    ImmutableSet.Builder<AreaRef> out = ImmutableSet.builder();
    for (int r = rowStart[i]; r < rowStart[i + 1]; r++) {
      out.add(crosswalk.get(rowList[r]).areaRef());
    }
    return out.build();
  }

  /**
   * Returns the areas a theme reaches: its own, then those of its descendants in depth-first order.
   *
   * @param themeId the theme's id
   * @return the areas
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableSet<AreaRef> areasReachedBy(String themeId) {
    int i = require(themeId);
    ImmutableSet.Builder<AreaRef> out = ImmutableSet.builder();
    java.util.function.IntConsumer add =
        t -> {
          for (int r = rowStart[t]; r < rowStart[t + 1]; r++) {
            out.add(crosswalk.get(rowList[r]).areaRef());
          }
        };
    add.accept(i);
    forEachDescendant(i, add);
    return out.build();
  }

  /**
   * Returns the themes mapped to an area directly, in crosswalk order, each once.
   *
   * @param ref the area
   * @return the themes
   */
  public ImmutableList<Theme> themesOf(AreaRef ref) {
    int a = areaOrdinal(ref);
    if (a < 0) {
      return ImmutableList.of();
    }
    // Each theme once, in crosswalk order; deduplicated by position, never by hashing records.
    BitSet seen = new BitSet();
    ImmutableList.Builder<Theme> out =
        ImmutableList.builderWithExpectedSize(areaRowStart[a + 1] - areaRowStart[a]);
    for (int r = areaRowStart[a]; r < areaRowStart[a + 1]; r++) {
      int t = rowTheme[areaRowList[r]];
      if (!seen.get(t)) {
        seen.set(t);
        out.add(themes.get(t));
      }
    }
    return out.build();
  }

  /**
   * Tells whether any crosswalk row maps to an area.
   *
   * @param ref the area
   * @return true if at least one theme maps to it directly
   */
  public boolean isMapped(AreaRef ref) {
    int a = areaOrdinal(ref);
    return a >= 0 && areaRowStart[a + 1] > areaRowStart[a];
  }

  /**
   * Returns the themes that map to no area of any framework, neither themselves nor through a
   * descendant, in model order.
   */
  public ImmutableList<Theme> unmappedThemes() {
    BitSet reached = reached(-1);
    ImmutableList.Builder<Theme> out = ImmutableList.builder();
    for (int i = reached.nextClearBit(0); i < themes.size(); i = reached.nextClearBit(i + 1)) {
      out.add(themes.get(i));
    }
    return out.build();
  }

  /**
   * Returns how one framework is covered: the themes of each area, the areas no theme reaches, and
   * the themes that reach none of its areas.
   *
   * @param frameworkId the framework's id
   * @return the coverage
   * @throws IllegalArgumentException if there is no such framework
   */
  public Coverage coverage(String frameworkId) {
    int f = frameworkIds.get(frameworkId);
    if (f < 0) {
      throw new IllegalArgumentException("no framework " + Texts.quote(frameworkId));
    }
    Framework framework = frameworks.get(f);
    Map<Area, ImmutableList<Theme>> perArea = new LinkedHashMap<>();
    ImmutableList.Builder<Area> empty = ImmutableList.builder();
    for (Area area : framework.areas()) {
      ImmutableList<Theme> mapped = themesOf(new AreaRef(frameworkId, area.id()));
      perArea.put(area, mapped);
      if (mapped.isEmpty()) {
        empty.add(area);
      }
    }
    BitSet reached = reached(f);
    List<Theme> unmapped = new ArrayList<>();
    for (int i = reached.nextClearBit(0); i < themes.size(); i = reached.nextClearBit(i + 1)) {
      unmapped.add(themes.get(i));
    }
    return new Coverage(
        framework, ImmutableMap.copyOf(perArea), empty.build(), ImmutableList.copyOf(unmapped));
  }

  /** Themes that map, themselves or through a descendant, to framework f (any if f is -1). */
  private BitSet reached(int f) {
    int n = themes.size();
    BitSet reached = new BitSet(n);
    int lo = f < 0 ? 0 : areaBase[f];
    int hi = f < 0 ? Integer.MAX_VALUE : areaBase[f + 1];
    for (int i = 0; i < n; i++) {
      for (int r = rowStart[i]; r < rowStart[i + 1]; r++) {
        int a = rowArea[rowList[r]];
        if (a >= lo && a < hi) {
          reached.set(i);
          break;
        }
      }
    }
    // Children before parents: walk the top-down order backwards.
    for (int k = n - 1; k >= 0; k--) {
      int t = topDown[k];
      if (reached.get(t) && parents[t] >= 0) {
        reached.set(parents[t]);
      }
    }
    return reached;
  }

  private ImmutableList<Theme> themesAt(int[] positions, int from, int to) {
    ImmutableList.Builder<Theme> out = ImmutableList.builderWithExpectedSize(to - from);
    for (int k = from; k < to; k++) {
      out.add(themes.get(positions[k]));
    }
    return out.build();
  }

  /** Compares the taxonomies' contents; indexes follow from them. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Taxonomy t
        && id.equals(t.id)
        && title.equals(t.title)
        && Objects.equals(version, t.version)
        && Objects.equals(description, t.description)
        && language.equals(t.language)
        && Objects.equals(baseUri, t.baseUri)
        && Objects.equals(license, t.license)
        && sources.equals(t.sources)
        && frameworks.equals(t.frameworks)
        && themes.equals(t.themes)
        && crosswalk.equals(t.crosswalk);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        title,
        version,
        description,
        language,
        baseUri,
        license,
        sources,
        frameworks,
        themes,
        crosswalk);
  }

  @Override
  public String toString() {
    return "Taxonomy["
        + id
        + ": "
        + themes.size()
        + " themes, "
        + sources.size()
        + " sources, "
        + frameworks.size()
        + " frameworks, "
        + crosswalk.size()
        + " crosswalk rows]";
  }

  /**
   * Builds a {@link Taxonomy} from parts that may be wrong; {@link #tryBuild(Locator)} checks them
   * all and reports every structural error. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String title;
    private @Nullable String version;
    private @Nullable String description;
    private @Nullable String language;
    private @Nullable String baseUri;
    private @Nullable String license;
    private final ImmutableList.Builder<Source> sources = ImmutableList.builder();
    private final ImmutableList.Builder<Framework> frameworks = ImmutableList.builder();
    private final ImmutableList.Builder<Theme> themes = ImmutableList.builder();
    private final ImmutableList.Builder<Mapping> crosswalk = ImmutableList.builder();

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the version.
     *
     * @param version the version, or null
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = Texts.optional(version);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = Texts.optional(description);
      return this;
    }

    /**
     * Sets the language.
     *
     * @param language a BCP 47 tag, or null for {@value Taxonomy#DEFAULT_LANGUAGE}
     * @return this builder
     */
    public Builder language(@Nullable String language) {
      this.language = Texts.optional(language);
      return this;
    }

    /**
     * Sets the base IRI of the themes.
     *
     * @param baseUri an absolute IRI ending in {@code /} or {@code #}, or null
     * @return this builder
     * @throws IllegalArgumentException if it is not one
     */
    public Builder baseUri(@Nullable String baseUri) {
      String b = Texts.optional(baseUri);
      if (b != null && !ValueSyntax.isBaseIri(b)) {
        throw new IllegalArgumentException(
            "baseUri " + Texts.quote(b) + " is not an absolute IRI ending in / or #");
      }
      this.baseUri = b;
      return this;
    }

    /**
     * Sets the license.
     *
     * @param license the license's IRI, or null
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute IRI
     */
    public Builder license(@Nullable String license) {
      String l = Texts.optional(license);
      if (l != null && !ValueSyntax.isAbsoluteIri(l)) {
        throw new IllegalArgumentException("license " + Texts.quote(l) + " is not an absolute IRI");
      }
      this.license = l;
      return this;
    }

    /**
     * Adds sources.
     *
     * @param items the sources
     * @return this builder
     */
    public Builder addSources(Iterable<Source> items) {
      sources.addAll(items);
      return this;
    }

    /**
     * Adds a source.
     *
     * @param item the source
     * @return this builder
     */
    public Builder addSource(Source item) {
      sources.add(item);
      return this;
    }

    /**
     * Adds a framework.
     *
     * @param item the framework
     * @return this builder
     */
    public Builder addFramework(Framework item) {
      frameworks.add(item);
      return this;
    }

    /**
     * Adds frameworks.
     *
     * @param items the frameworks
     * @return this builder
     */
    public Builder addFrameworks(Iterable<Framework> items) {
      frameworks.addAll(items);
      return this;
    }

    /**
     * Adds a theme.
     *
     * @param item the theme
     * @return this builder
     */
    public Builder addTheme(Theme item) {
      themes.add(item);
      return this;
    }

    /**
     * Adds themes.
     *
     * @param items the themes
     * @return this builder
     */
    public Builder addThemes(Iterable<Theme> items) {
      themes.addAll(items);
      return this;
    }

    /**
     * Adds a crosswalk row.
     *
     * @param item the row
     * @return this builder
     */
    public Builder addMapping(Mapping item) {
      crosswalk.add(item);
      return this;
    }

    /**
     * Adds crosswalk rows.
     *
     * @param items the rows
     * @return this builder
     */
    public Builder addMappings(Iterable<Mapping> items) {
      crosswalk.addAll(items);
      return this;
    }

    /**
     * Builds the taxonomy, or reports every structural error.
     *
     * @param locator where the parts came from, for the diagnostics
     * @return the taxonomy, or the structural errors
     * @throws IllegalArgumentException if the id or title is not valid
     */
    public BuildResult tryBuild(Locator locator) {
      Ids.require(id, "taxonomy id");
      Texts.required(title, "taxonomy title");
      StructureCheck check =
          StructureCheck.run(
              sources.build(), frameworks.build(), themes.build(), crosswalk.build(), locator);
      if (!check.errors().isEmpty()) {
        return new BuildResult(null, check.errors());
      }
      return new BuildResult(new Taxonomy(this, check), ImmutableList.of());
    }

    /**
     * Builds the taxonomy.
     *
     * @return the taxonomy
     * @throws TaxonomyException carrying every structural error
     */
    public Taxonomy build() {
      return tryBuild(Locator.NONE).orElseThrow();
    }
  }
}
