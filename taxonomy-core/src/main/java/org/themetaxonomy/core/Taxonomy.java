package org.themetaxonomy.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.AreaTable;
import org.themetaxonomy.core.internal.CrosswalkIndex;
import org.themetaxonomy.core.internal.Hierarchy;
import org.themetaxonomy.core.internal.IdTable;
import org.themetaxonomy.core.internal.StructureCheck;
import org.themetaxonomy.core.internal.Suggestions;
import org.themetaxonomy.core.internal.Texts;

/**
 * A theme taxonomy: sources, frameworks, a forest of themes and a crosswalk from themes to
 * framework areas, with indexes for the queries built once.
 *
 * <p>A taxonomy that exists is structurally sound: ids are unique (area ids within their
 * framework), every reference resolves, no theme is its own parent and the themes have no cycle.
 * Build one with {@link #builder(String, String)}; {@link Builder#tryBuild(Locator)} reports every
 * structural error at once instead of the first. Instances are immutable and safe to share.
 *
 * <p><b>Ids that name nothing.</b> Two kinds of method take an id, and they differ on purpose:
 *
 * <ul>
 *   <li>The lookups, {@link #theme(String)}, {@link #source(String)}, {@link #framework(String)},
 *       {@link #area(AreaRef)} and {@link #indexOf(String)}, are how to ask whether an element
 *       exists: for an id that names nothing they return {@link Optional#empty()} (or -1).
 *   <li>Every other query that takes an id ({@link #children(String)}, {@link #themesOf(AreaRef)},
 *       {@link #coverage(String)} and the rest) asks about an element that must exist, and throws
 *       {@link IllegalArgumentException} naming the id when it does not. An empty answer would be
 *       indistinguishable from a true one ("no theme maps to this area"), so a misspelt id would
 *       pass unnoticed.
 * </ul>
 *
 * <p>A null id is a programming error everywhere: {@link NullPointerException}.
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

  // Indexes over dense positions, built by the structure check that proved the parts sound.
  private final IdTable themeIds;
  private final IdTable sourceIds;
  private final IdTable frameworkIds;
  private final AreaTable areas;
  private final Hierarchy hierarchy;
  private final CrosswalkIndex rows;

  private Taxonomy(
      Builder b,
      ImmutableList<Source> sources,
      ImmutableList<Framework> frameworks,
      ImmutableList<Theme> themes,
      ImmutableList<Mapping> crosswalk,
      StructureCheck.Indexes indexes) {
    this.id = b.id;
    this.title = b.title;
    this.version = b.version;
    this.description = b.description;
    this.language = b.language == null ? DEFAULT_LANGUAGE : b.language;
    this.baseUri = b.baseUri;
    this.license = b.license;
    this.sources = sources;
    this.frameworks = frameworks;
    this.themes = themes;
    this.crosswalk = crosswalk;
    this.themeIds = indexes.themeIds();
    this.sourceIds = indexes.sourceIds();
    this.frameworkIds = indexes.frameworkIds();
    this.areas = indexes.areas();
    this.hierarchy = indexes.hierarchy();
    this.rows = indexes.crosswalk();
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

  /** {@return a builder holding this taxonomy's values, to derive a changed copy} */
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

  /** {@return the taxonomy's id} */
  public String id() {
    return id;
  }

  /** {@return its title, never blank} */
  public String title() {
    return title;
  }

  /** {@return its version, or empty if it has none} */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** {@return its description, or empty if it has none} */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** {@return its language as a BCP 47 tag; {@value #DEFAULT_LANGUAGE} unless set} */
  public String language() {
    return language;
  }

  /**
   * Returns the base IRI of its themes, if any: a theme's IRI is this plus the theme's id. It is
   * absolute and ends in {@code /} or {@code #}.
   *
   * @return the base IRI, or empty if it has none (exports then fall back to {@code urn:taxonomy:}
   *     IRIs)
   */
  public Optional<String> baseUri() {
    return Optional.ofNullable(baseUri);
  }

  /** {@return the IRI of its license, or empty if it names none} */
  public Optional<String> license() {
    return Optional.ofNullable(license);
  }

  /** {@return the sources, in model order} */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /** {@return the frameworks, in model order} */
  public ImmutableList<Framework> frameworks() {
    return frameworks;
  }

  /** {@return every theme, in model order (file order, not tree order)} */
  public ImmutableList<Theme> themes() {
    return themes;
  }

  /** {@return the crosswalk rows, in model order} */
  public ImmutableList<Mapping> crosswalk() {
    return crosswalk;
  }

  // ---- lookups: empty for an id that names nothing -----------------------------------------

  /**
   * Finds a theme.
   *
   * @param themeId the theme's id
   * @return the theme, or empty if there is no such theme
   */
  public Optional<Theme> theme(String themeId) {
    int i = themeIds.get(requireNonNull(themeId, "themeId"));
    return i < 0 ? Optional.empty() : Optional.of(themes.get(i));
  }

  /**
   * Returns a theme's position in {@link #themes()}.
   *
   * @param themeId the theme's id
   * @return its position, or -1 if there is no such theme
   */
  public int indexOf(String themeId) {
    return themeIds.get(requireNonNull(themeId, "themeId"));
  }

  /**
   * Finds a source.
   *
   * @param sourceId the source's id
   * @return the source, or empty if there is no such source
   */
  public Optional<Source> source(String sourceId) {
    int i = sourceIds.get(requireNonNull(sourceId, "sourceId"));
    return i < 0 ? Optional.empty() : Optional.of(sources.get(i));
  }

  /**
   * Finds a framework.
   *
   * @param frameworkId the framework's id
   * @return the framework, or empty if there is no such framework
   */
  public Optional<Framework> framework(String frameworkId) {
    int i = frameworkIds.get(requireNonNull(frameworkId, "frameworkId"));
    return i < 0 ? Optional.empty() : Optional.of(frameworks.get(i));
  }

  /**
   * Finds an area.
   *
   * @param ref the framework and area ids
   * @return the area, or empty if there is no such framework or area
   */
  public Optional<Area> area(AreaRef ref) {
    int f = frameworkIds.get(requireNonNull(ref, "ref").framework());
    int ordinal = f < 0 ? -1 : areas.ordinal(f, ref.area());
    return ordinal < 0
        ? Optional.empty()
        : Optional.of(frameworks.get(f).areas().get(ordinal - areas.base(f)));
  }

  private int requireTheme(String themeId) {
    int i = themeIds.get(requireNonNull(themeId, "themeId"));
    if (i < 0) {
      throw new IllegalArgumentException(
          "no theme "
              + Texts.quote(themeId)
              + " in taxonomy "
              + Texts.quote(id)
              + Suggestions.hint(themeId, Lists.transform(themes, Theme::id)));
    }
    return i;
  }

  private int requireFramework(String frameworkId) {
    int f = frameworkIds.get(requireNonNull(frameworkId, "frameworkId"));
    if (f < 0) {
      throw new IllegalArgumentException(
          "no framework "
              + Texts.quote(frameworkId)
              + " in taxonomy "
              + Texts.quote(id)
              + Suggestions.hint(frameworkId, Lists.transform(frameworks, Framework::id)));
    }
    return f;
  }

  private int requireArea(AreaRef ref) {
    int f = requireFramework(requireNonNull(ref, "ref").framework());
    int a = areas.ordinal(f, ref.area());
    if (a < 0) {
      throw new IllegalArgumentException(
          "no area "
              + Texts.quote(ref.area())
              + " in framework "
              + Texts.quote(ref.framework())
              + Suggestions.hint(ref.area(), areas.idsOf(f)));
    }
    return a;
  }

  // ---- the hierarchy -------------------------------------------------------------------------

  /** {@return the top-level themes, in model order; empty only if there are no themes} */
  public ImmutableList<Theme> roots() {
    return hierarchy.roots(themes::get);
  }

  /**
   * Returns a theme's children, in model order.
   *
   * @param themeId the theme's id
   * @return its children
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Theme> children(String themeId) {
    return hierarchy.children(requireTheme(themeId), themes::get);
  }

  /**
   * Returns a theme's parent.
   *
   * @param themeId the theme's id
   * @return its parent, or empty for a top-level theme
   * @throws IllegalArgumentException if there is no such theme
   */
  public Optional<Theme> parent(String themeId) {
    int p = hierarchy.parent(requireTheme(themeId));
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
    return hierarchy.ancestors(requireTheme(themeId), themes::get);
  }

  /**
   * Returns the path from a top-level theme down to this one.
   *
   * @param themeId the theme's id
   * @return the ancestors, farthest first, then the theme
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableList<Theme> path(String themeId) {
    return hierarchy.path(requireTheme(themeId), themes::get);
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
    hierarchy.forEachDescendant(requireTheme(themeId), d -> out.add(themes.get(d)));
    return out.build();
  }

  /**
   * Returns how deep a theme is.
   *
   * @param themeId the theme's id
   * @return 0 for a top-level theme, 1 for its children, and so on
   * @throws IllegalArgumentException if there is no such theme
   */
  public int depth(String themeId) {
    return hierarchy.depth(requireTheme(themeId));
  }

  /** {@return the depth of the deepest theme (0 if all are top-level), or -1 if there are none} */
  public int maxDepth() {
    return hierarchy.maxDepth();
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
    int i = requireTheme(themeId);
    ImmutableList.Builder<Mapping> out =
        ImmutableList.builderWithExpectedSize(rows.rowCountOfTheme(i));
    rows.forEachRowOfTheme(i, r -> out.add(crosswalk.get(r)));
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
    return rows.rowsOfTheme(requireTheme(themeId));
  }

  /**
   * Returns the positions in {@link #crosswalk()} of the rows of the theme at a position in {@link
   * #themes()}, in model order: {@link #mappingRowsOf(String)} without looking the id up, for code
   * that walks every theme.
   *
   * @param themePosition the theme's position
   * @return a fresh array of row positions
   * @throws IndexOutOfBoundsException if there is no theme at that position
   */
  public int[] mappingRowsAt(int themePosition) {
    Objects.checkIndex(themePosition, themes.size());
    return rows.rowsOfTheme(themePosition);
  }

  /**
   * Returns the areas a theme itself maps to, in crosswalk order.
   *
   * @param themeId the theme's id
   * @return the areas
   * @throws IllegalArgumentException if there is no such theme
   */
  public ImmutableSet<AreaRef> areasOf(String themeId) {
    ImmutableSet.Builder<AreaRef> out = ImmutableSet.builder();
    rows.forEachRowOfTheme(requireTheme(themeId), r -> out.add(crosswalk.get(r).areaRef()));
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
    int i = requireTheme(themeId);
    ImmutableSet.Builder<AreaRef> out = ImmutableSet.builder();
    IntConsumer add = t -> rows.forEachRowOfTheme(t, r -> out.add(crosswalk.get(r).areaRef()));
    add.accept(i);
    hierarchy.forEachDescendant(i, add);
    return out.build();
  }

  /**
   * Returns the themes mapped to an area directly, in crosswalk order, each once.
   *
   * @param ref the area
   * @return the themes; empty if no theme maps to it
   * @throws IllegalArgumentException if there is no such framework or area
   */
  public ImmutableList<Theme> themesOf(AreaRef ref) {
    int a = requireArea(ref);
    // Each theme once, in crosswalk order; deduplicated by position, never by hashing records.
    BitSet seen = new BitSet();
    ImmutableList.Builder<Theme> out =
        ImmutableList.builderWithExpectedSize(rows.rowCountOfArea(a));
    rows.forEachRowOfArea(
        a,
        r -> {
          int t = rows.themeOf(r);
          if (!seen.get(t)) {
            seen.set(t);
            out.add(themes.get(t));
          }
        });
    return out.build();
  }

  /**
   * Tells whether any crosswalk row maps to an area.
   *
   * @param ref the area
   * @return true if at least one theme maps to it directly
   * @throws IllegalArgumentException if there is no such framework or area
   */
  public boolean isMapped(AreaRef ref) {
    return rows.rowCountOfArea(requireArea(ref)) > 0;
  }

  /**
   * Returns the themes that map to no area of any framework, neither themselves nor through a
   * descendant.
   *
   * @return those themes, in model order; every theme if there is no crosswalk
   */
  public ImmutableList<Theme> unmappedThemes() {
    return unreached(reached(0, areas.count()));
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
    int f = requireFramework(frameworkId);
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
    return new Coverage(
        framework,
        ImmutableMap.copyOf(perArea),
        empty.build(),
        unreached(reached(areas.base(f), areas.base(f + 1))));
  }

  /** Themes that map to an area in the ordinal range, themselves or through a descendant. */
  private BitSet reached(int fromArea, int toArea) {
    BitSet reached = rows.themesMappedTo(fromArea, toArea, themes.size());
    hierarchy.markAncestors(reached);
    return reached;
  }

  private ImmutableList<Theme> unreached(BitSet reached) {
    ImmutableList.Builder<Theme> out = ImmutableList.builder();
    for (int i = reached.nextClearBit(0); i < themes.size(); i = reached.nextClearBit(i + 1)) {
      out.add(themes.get(i));
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
      ImmutableList<Source> s = sources.build();
      ImmutableList<Framework> f = frameworks.build();
      ImmutableList<Theme> t = themes.build();
      ImmutableList<Mapping> c = crosswalk.build();
      StructureCheck.Result check = StructureCheck.run(s, f, t, c, locator);
      StructureCheck.Indexes indexes = check.indexes();
      if (indexes == null) {
        return new BuildResult(null, check.errors());
      }
      return new BuildResult(new Taxonomy(this, s, f, t, c, indexes), ImmutableList.of());
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
