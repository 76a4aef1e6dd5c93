package org.themetaxonomy.core.internal;

import static org.themetaxonomy.core.StructuralRules.DUPLICATE_ID;
import static org.themetaxonomy.core.StructuralRules.PARENT_CYCLE;
import static org.themetaxonomy.core.StructuralRules.SELF_PARENT;
import static org.themetaxonomy.core.StructuralRules.UNKNOWN_PARENT;
import static org.themetaxonomy.core.StructuralRules.UNKNOWN_REFERENCE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.themetaxonomy.core.Suggestions;
import org.themetaxonomy.core.Texts;
import org.themetaxonomy.core.Theme;

/**
 * Checks the structure of unchecked parts in one pass per list and keeps the indexes it built on
 * the way, so that a sound taxonomy is indexed by the same work that proved it sound.
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
  private ImmutableList<ImmutableMap<String, Integer>> areaIds;
  private int[] areaBase;
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
   * Checks the parts.
   *
   * @param sources the sources
   * @param frameworks the frameworks
   * @param themes the themes
   * @param crosswalk the crosswalk
   * @param locator where the parts came from
   * @return the check, with its errors and, if there are none, its indexes
   */
  public static StructureCheck run(
      ImmutableList<Source> sources,
      ImmutableList<Framework> frameworks,
      ImmutableList<Theme> themes,
      ImmutableList<Mapping> crosswalk,
      Locator locator) {
    StructureCheck check = new StructureCheck(sources, frameworks, themes, crosswalk, locator);
    check.indexIds();
    check.resolveParents();
    check.findCycles();
    check.resolveEvidence();
    check.resolveCrosswalk();
    return check;
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
    ImmutableList.Builder<ImmutableMap<String, Integer>> perFramework = ImmutableList.builder();
    areaBase = new int[frameworks.size() + 1];
    for (int f = 0; f < frameworks.size(); f++) {
      Framework framework = frameworks.get(f);
      Map<String, Integer> ids = new HashMap<>();
      for (int a = 0; a < framework.areas().size(); a++) {
        Area area = framework.areas().get(a);
        Integer first = ids.putIfAbsent(area.id(), a);
        if (first != null) {
          error(
              DUPLICATE_ID,
              Subject.area(f, a, new AreaRef(framework.id(), area.id())).field("id"),
              "area id "
                  + Texts.quote(area.id())
                  + " appears twice in framework "
                  + Texts.quote(framework.id())
                  + "; give each area of a framework its own id");
        }
      }
      perFramework.add(ImmutableMap.copyOf(ids));
      areaBase[f + 1] = areaBase[f] + framework.areas().size();
    }
    areaIds = perFramework.build();
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
      Integer a = areaIds.get(f).get(row.area());
      if (a == null) {
        error(
            UNKNOWN_REFERENCE,
            Subject.mapping(r).field("area"),
            "crosswalk row names area "
                + Texts.quote(row.area())
                + ", which framework "
                + Texts.quote(row.framework())
                + " does not have"
                + Suggestions.hint(row.area(), areaIds.get(f).keySet())
                + "; use one of its areas: "
                + String.join(", ", Lists.transform(frameworks.get(f).areas(), Area::id)));
      } else {
        rowAreas[r] = areaBase[f] + a;
      }
    }
  }

  /** Returns every structural error found, in the order found. */
  public ImmutableList<Diagnostic> errors() {
    return ImmutableList.copyOf(errors);
  }

  /** Returns the sources. */
  public ImmutableList<Source> sources() {
    return sources;
  }

  /** Returns the frameworks. */
  public ImmutableList<Framework> frameworks() {
    return frameworks;
  }

  /** Returns the themes. */
  public ImmutableList<Theme> themes() {
    return themes;
  }

  /** Returns the crosswalk. */
  public ImmutableList<Mapping> crosswalk() {
    return crosswalk;
  }

  /** Returns the source ids. */
  public IdTable sourceIds() {
    return sourceIds;
  }

  /** Returns the framework ids. */
  public IdTable frameworkIds() {
    return frameworkIds;
  }

  /** Returns the theme ids. */
  public IdTable themeIds() {
    return themeIds;
  }

  /** Returns each framework's area ids to their positions. */
  public ImmutableList<ImmutableMap<String, Integer>> areaIds() {
    return areaIds;
  }

  /** Returns the first area ordinal of each framework, and the total at the end. */
  public int[] areaBase() {
    return areaBase;
  }

  /** Returns each theme's parent position, or -1. */
  public int[] parents() {
    return parents;
  }

  /** Returns each crosswalk row's theme position. */
  public int[] rowThemes() {
    return rowThemes;
  }

  /** Returns each crosswalk row's area ordinal. */
  public int[] rowAreas() {
    return rowAreas;
  }
}
