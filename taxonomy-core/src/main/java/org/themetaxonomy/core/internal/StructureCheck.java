package org.themetaxonomy.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static org.themetaxonomy.core.StructuralRules.DUPLICATE_ID;
import static org.themetaxonomy.core.StructuralRules.PARENT_CYCLE;
import static org.themetaxonomy.core.StructuralRules.SELF_PARENT;
import static org.themetaxonomy.core.StructuralRules.UNKNOWN_PARENT;
import static org.themetaxonomy.core.StructuralRules.UNKNOWN_REFERENCE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Theme;

/**
 * Checks the structure of unchecked parts in one pass per list and hands over the indexes it built
 * on the way, so that a sound taxonomy is indexed by the same work that proved it sound.
 */
public final class StructureCheck {
  /** How many members of a cycle a message lists before it shortens the list. */
  private static final int CYCLE_MEMBERS_SHOWN = 12;

  private final ImmutableList<Source> sources;
  private final ImmutableList<Framework> frameworks;
  private final ImmutableList<Theme> themes;
  private final ImmutableList<Mapping> crosswalk;
  private final Locator locator;
  private final List<Diagnostic> errors = new ArrayList<>();

  private IdTable sourceIds;
  private IdTable frameworkIds;
  private IdTable themeIds;
  private AreaTable areas;
  private int[] parents;
  private int[] rowThemes;
  private int[] rowAreas;

  private StructureCheck(
      ImmutableList<Source> sources,
      ImmutableList<Framework> frameworks,
      ImmutableList<Theme> themes,
      ImmutableList<Mapping> crosswalk,
      Locator locator) {
    this.sources = sources;
    this.frameworks = frameworks;
    this.themes = themes;
    this.crosswalk = crosswalk;
    this.locator = locator;
  }

  /**
   * What the check found: every structural error, or, when there are none, the indexes of the sound
   * parts.
   *
   * @param errors every structural error, in the order found
   * @param indexes the indexes, present exactly when there are no errors
   */
  public record Result(ImmutableList<Diagnostic> errors, @Nullable Indexes indexes) {
    /**
     * Copies the errors; checks that there are indexes exactly when there are no errors.
     *
     * @param errors every structural error, in the order found; empty if the parts are sound
     * @param indexes the indexes, or null when there are errors
     * @throws IllegalArgumentException if there are both errors and indexes, or neither
     */
    public Result {
      errors = ImmutableList.copyOf(errors);
      checkArgument(errors.isEmpty() == (indexes != null), "indexes iff no errors");
    }
  }

  /**
   * The indexes of sound parts, built once and handed to the taxonomy.
   *
   * @param sourceIds source id to position
   * @param frameworkIds framework id to position
   * @param themeIds theme id to position
   * @param areas the areas of every framework, numbered
   * @param hierarchy the theme forest
   * @param crosswalk the crosswalk rows by theme and by area
   */
  public record Indexes(
      IdTable sourceIds,
      IdTable frameworkIds,
      IdTable themeIds,
      AreaTable areas,
      Hierarchy hierarchy,
      CrosswalkIndex crosswalk) {}

  /**
   * Checks the parts.
   *
   * @param sources the sources
   * @param frameworks the frameworks
   * @param themes the themes
   * @param crosswalk the crosswalk
   * @param locator where the parts came from
   * @return the errors and, if there are none, the indexes
   */
  public static Result run(
      ImmutableList<Source> sources,
      ImmutableList<Framework> frameworks,
      ImmutableList<Theme> themes,
      ImmutableList<Mapping> crosswalk,
      Locator locator) {
    StructureCheck check = new StructureCheck(sources, frameworks, themes, crosswalk, locator);
    check.indexIds();
    check.resolveParents();
    check.resolveReplacements();
    check.findCycles();
    check.resolveEvidence();
    check.resolveCrosswalk();
    if (!check.errors.isEmpty()) {
      return new Result(ImmutableList.copyOf(check.errors), null);
    }
    return new Result(
        ImmutableList.of(),
        new Indexes(
            check.sourceIds,
            check.frameworkIds,
            check.themeIds,
            check.areas,
            Hierarchy.build(check.parents),
            CrosswalkIndex.build(
                check.rowThemes, check.rowAreas, themes.size(), check.areas.count())));
  }

  private void error(String rule, Subject subject, String message) {
    errors.add(new Diagnostic(rule, Severity.ERROR, message, subject, locator.locate(subject)));
  }

  private String where(Subject subject) {
    var location = locator.locate(subject);
    return location.isKnown() ? " at " + location : "";
  }

  private void indexIds() {
    sourceIds =
        IdTable.build(
            sources.size(),
            i -> sources.get(i).id(),
            (i, first) -> {
              Subject s = Subject.source(i, sources.get(i).id()).field("id");
              error(
                  DUPLICATE_ID,
                  s,
                  "source id "
                      + Texts.quote(sources.get(i).id())
                      + " is already used by the source"
                      + where(Subject.source(first, sources.get(first).id()))
                      + "; give each source its own id");
            });
    frameworkIds =
        IdTable.build(
            frameworks.size(),
            i -> frameworks.get(i).id(),
            (i, first) ->
                error(
                    DUPLICATE_ID,
                    Subject.framework(i, frameworks.get(i).id()).field("id"),
                    "framework id "
                        + Texts.quote(frameworks.get(i).id())
                        + " is already used by the framework"
                        + where(Subject.framework(first, frameworks.get(first).id()))
                        + "; give each framework its own id"));
    areas =
        AreaTable.build(
            frameworks,
            (f, a, first) -> {
              Framework framework = frameworks.get(f);
              String id = framework.areas().get(a).id();
              error(
                  DUPLICATE_ID,
                  Subject.area(f, a, new AreaRef(framework.id(), id)).field("id"),
                  "area id "
                      + Texts.quote(id)
                      + " appears twice in framework "
                      + Texts.quote(framework.id())
                      + "; give each area of a framework its own id");
            });
    themeIds =
        IdTable.build(
            themes.size(),
            i -> themes.get(i).id(),
            (i, first) ->
                error(
                    DUPLICATE_ID,
                    Subject.theme(i, themes.get(i).id()).field("id"),
                    "theme id "
                        + Texts.quote(themes.get(i).id())
                        + " is already used by the theme"
                        + where(Subject.theme(first, themes.get(first).id()))
                        + "; give each theme its own id, or merge the two"));
  }

  private void resolveParents() {
    parents = new int[themes.size()];
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      String parent = theme.parent();
      parents[i] = -1;
      if (parent == null) {
        continue;
      }
      int p = themeIds.get(parent);
      if (parent.equals(theme.id())) {
        error(
            SELF_PARENT,
            Subject.theme(i, theme.id()).field("parent"),
            "theme "
                + Texts.quote(theme.id())
                + " names itself as its parent; name another theme, or leave parent empty to"
                + " make it a top-level theme");
      } else if (p < 0) {
        error(
            UNKNOWN_PARENT,
            Subject.theme(i, theme.id()).field("parent"),
            "theme "
                + Texts.quote(theme.id())
                + " has parent "
                + Texts.quote(parent)
                + ", which names no theme"
                + themeHint(parent)
                + "; use an existing theme's id, or leave parent empty for a top-level theme");
      } else {
        parents[i] = p;
      }
    }
  }

  private void resolveReplacements() {
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      for (String replacement : theme.replacedBy()) {
        if (themeIds.get(replacement) < 0) {
          error(
              UNKNOWN_REFERENCE,
              Subject.theme(i, theme.id()).field("replacedBy"),
              "theme "
                  + Texts.quote(theme.id())
                  + " is replaced by "
                  + Texts.quote(replacement)
                  + ", which names no theme"
                  + themeHint(replacement)
                  + "; use an existing theme's id, or take it out of replacedBy");
        }
      }
    }
  }

  private String themeHint(String id) {
    return themes.size() > Suggestions.MAX_CANDIDATES
        ? ""
        : Suggestions.hint(id, Lists.transform(themes, Theme::id));
  }

  /** Walks up from every theme once, colouring as it goes; iterative, so depth costs no stack. */
  private void findCycles() {
    int n = themes.size();
    // 0: not seen; -1: known to reach a root; otherwise the walk (start + 1) that first saw it.
    int[] mark = new int[n];
    for (int start = 0; start < n; start++) {
      if (mark[start] != 0) {
        continue;
      }
      int walk = start + 1;
      int t = start;
      while (t >= 0 && mark[t] == 0) {
        mark[t] = walk;
        t = parents[t];
      }
      if (t >= 0 && mark[t] == walk) {
        reportCycle(t);
      }
      // Everything on this walk is settled: either it reaches a root or it was reported.
      for (int u = start; u >= 0 && mark[u] == walk; u = parents[u]) {
        mark[u] = -1;
      }
    }
  }

  private void reportCycle(int member) {
    List<Integer> cycle = new ArrayList<>();
    int t = member;
    do {
      cycle.add(t);
      t = parents[t];
    } while (t != member);
    int first = cycle.stream().min(Integer::compare).orElseThrow();
    int at = cycle.indexOf(first);
    StringBuilder chain = new StringBuilder();
    int shown = Math.min(cycle.size(), CYCLE_MEMBERS_SHOWN);
    for (int k = 0; k < shown; k++) {
      chain.append(Texts.quote(themes.get(cycle.get((at + k) % cycle.size())).id())).append(" -> ");
    }
    if (shown < cycle.size()) {
      chain.append("… (").append(cycle.size() - shown).append(" more) -> ");
    }
    chain.append(Texts.quote(themes.get(first).id()));
    error(
        PARENT_CYCLE,
        Subject.theme(first, themes.get(first).id()).field("parent"),
        "the parents of "
            + cycle.size()
            + " themes form a cycle: "
            + chain
            + " (each arrow leads to the parent); give one of them another parent, or none");
  }

  private void resolveEvidence() {
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      for (int e = 0; e < theme.evidence().size(); e++) {
        Evidence evidence = theme.evidence().get(e);
        if (sourceIds.get(evidence.source()) < 0) {
          error(
              UNKNOWN_REFERENCE,
              Subject.evidence(i, e, theme.id()).field("source"),
              "evidence of theme "
                  + Texts.quote(theme.id())
                  + " cites source "
                  + Texts.quote(evidence.source())
                  + ", which is not among the sources"
                  + Suggestions.hint(evidence.source(), Lists.transform(sources, Source::id))
                  + "; add the source or correct the id");
        }
      }
    }
  }

  private void resolveCrosswalk() {
    rowThemes = new int[crosswalk.size()];
    rowAreas = new int[crosswalk.size()];
    for (int r = 0; r < crosswalk.size(); r++) {
      Mapping row = crosswalk.get(r);
      rowThemes[r] = themeIds.get(row.theme());
      if (rowThemes[r] < 0) {
        error(
            UNKNOWN_REFERENCE,
            Subject.mapping(r).field("theme"),
            "crosswalk row maps theme "
                + Texts.quote(row.theme())
                + ", which names no theme"
                + themeHint(row.theme())
                + "; correct the id or remove the row");
      }
      int f = frameworkIds.get(row.framework());
      if (f < 0) {
        error(
            UNKNOWN_REFERENCE,
            Subject.mapping(r).field("framework"),
            "crosswalk row names framework "
                + Texts.quote(row.framework())
                + ", which is not among the frameworks"
                + Suggestions.hint(row.framework(), Lists.transform(frameworks, Framework::id))
                + "; add the framework or correct the id");
        continue;
      }
      int a = areas.ordinal(f, row.area());
      if (a < 0) {
        error(
            UNKNOWN_REFERENCE,
            Subject.mapping(r).field("area"),
            "crosswalk row names area "
                + Texts.quote(row.area())
                + ", which framework "
                + Texts.quote(row.framework())
                + " does not have"
                + Suggestions.hint(row.area(), areas.idsOf(f))
                + "; use one of its areas: "
                + String.join(", ", Lists.transform(frameworks.get(f).areas(), Area::id)));
      } else {
        rowAreas[r] = a;
      }
    }
  }
}
