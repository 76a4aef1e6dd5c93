package org.themetaxonomy.io.report.internal;

import com.google.common.collect.ImmutableList;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Report;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.ValueSyntax;
import org.themetaxonomy.core.summary.Counts;
import org.themetaxonomy.core.summary.CrosswalkMatrix;
import org.themetaxonomy.core.summary.Summary;
import org.themetaxonomy.io.report.internal.Page.Chip;
import org.themetaxonomy.io.report.internal.Page.Finding;
import org.themetaxonomy.io.report.internal.Page.FrameworkColumns;
import org.themetaxonomy.io.report.internal.Page.HeatArea;
import org.themetaxonomy.io.report.internal.Page.HeatGroup;
import org.themetaxonomy.io.report.internal.Page.HeatRow;
import org.themetaxonomy.io.report.internal.Page.Heatmap;
import org.themetaxonomy.io.report.internal.Page.Link;
import org.themetaxonomy.io.report.internal.Page.SourceItem;
import org.themetaxonomy.io.report.internal.Page.Stat;
import org.themetaxonomy.io.report.internal.Page.TreeItem;

/** Builds the page model from a taxonomy, its summary and its findings. */
public final class Pages {
  /** Above this many themes, branches and heatmap groups start closed. */
  static final int OPEN_LIMIT = 300;

  private Pages() {}

  /**
   * Builds the page.
   *
   * @param file the file's name as the user gave it
   * @param t the taxonomy, or null if the file could not be read as one
   * @param findings every finding
   * @param generator the program and version that made the report
   * @return the page
   */
  public static Page of(String file, @Nullable Taxonomy t, Report findings, String generator) {
    int errors = findings.count(Severity.ERROR);
    int warnings = findings.count(Severity.WARNING);
    int infos = findings.count(Severity.INFO);
    List<Stat> counts = new ArrayList<>();
    if (t == null) {
      counts.add(new Stat("errors", n(errors), errors > 0 ? "error" : ""));
      counts.add(new Stat("warnings", n(warnings), warnings > 0 ? "warning" : ""));
      counts.add(new Stat("information", n(infos), ""));
      return new Page(
          file,
          null,
          null,
          file,
          generator,
          false,
          ImmutableList.copyOf(counts),
          ImmutableList.of(),
          null,
          ImmutableList.of(),
          ImmutableList.of(),
          findings(null, findings),
          errors,
          warnings,
          infos);
    }
    Summary summary = Summary.of(t);
    Counts c = summary.counts();
    counts.add(new Stat("themes", n(c.themes()), ""));
    counts.add(new Stat("levels deep", n(c.themes() == 0 ? 0 : c.maxDepth() + 1), ""));
    counts.add(new Stat("sources", n(c.sources()), ""));
    counts.add(new Stat("frameworks", n(c.frameworks()), ""));
    counts.add(new Stat("areas", n(c.areas()), ""));
    counts.add(new Stat("crosswalk rows", n(c.crosswalkRows()), ""));
    counts.add(new Stat("errors", n(errors), errors > 0 ? "error" : ""));
    counts.add(new Stat("warnings", n(warnings), warnings > 0 ? "warning" : ""));
    counts.add(new Stat("information", n(infos), ""));
    List<Integer> order = treeOrder(t);
    return new Page(
        t.title(),
        t.version().orElse(null),
        t.description().orElse(null),
        file,
        generator,
        true,
        ImmutableList.copyOf(counts),
        tree(t, order),
        heatmap(t, summary, order),
        sources(t, summary),
        summary.sources().themesWithoutEvidence().stream()
            .map(th -> link(t, th))
            .collect(ImmutableList.toImmutableList()),
        findings(t, findings),
        errors,
        warnings,
        infos);
  }

  /** The themes' positions in pre-order; iterative, so a deep hierarchy costs no stack. */
  static List<Integer> treeOrder(Taxonomy t) {
    List<Integer> order = new ArrayList<>(t.themes().size());
    Deque<Theme> stack = new ArrayDeque<>();
    List<Theme> roots = t.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Theme theme = stack.pop();
      order.add(t.indexOf(theme.id()));
      List<Theme> children = t.children(theme.id());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return order;
  }

  private static ImmutableList<TreeItem> tree(Taxonomy t, List<Integer> order) {
    boolean open = t.themes().size() <= OPEN_LIMIT;
    boolean oneFramework = t.frameworks().size() == 1;
    ImmutableList.Builder<TreeItem> out = ImmutableList.builderWithExpectedSize(order.size());
    for (int k = 0; k < order.size(); k++) {
      Theme th = t.themes().get(order.get(k));
      int depth = t.depth(th.id());
      boolean branch = !t.children(th.id()).isEmpty();
      int next = k + 1 < order.size() ? t.depth(t.themes().get(order.get(k + 1)).id()) : 0;
      List<Chip> chips = new ArrayList<>();
      for (Mapping m : t.mappingsOf(th.id())) {
        String area =
            t.area(m.areaRef()).map(a -> a.label()).orElse(m.area())
                + (oneFramework ? "" : " (" + m.framework() + ")");
        chips.add(new Chip(letter(m.relation()), m.relation().code(), area));
      }
      out.add(
          new TreeItem(
              "t-" + order.get(k),
              depth,
              th.id(),
              th.label(),
              th.definition(),
              String.join("; ", th.altLabels()),
              th.evidence().size(),
              ImmutableList.copyOf(chips),
              ValueSyntax.isColor(th.color()) ? th.color() : null,
              th.deprecated(),
              branch,
              branch && (open || depth == 0),
              branch ? 0 : depth - next));
    }
    return out.build();
  }

  private static Heatmap heatmap(Taxonomy t, Summary summary, List<Integer> order) {
    List<FrameworkColumns> frameworks = new ArrayList<>();
    int f = 0;
    for (CrosswalkMatrix m : summary.matrices()) {
      Framework fw = m.framework();
      ImmutableList<HeatArea> areas =
          m.areas().stream()
              .map(a -> new HeatArea(a.area().id(), a.area().label(), a.direct(), a.reached()))
              .collect(ImmutableList.toImmutableList());
      frameworks.add(
          new FrameworkColumns(
              "fw-" + f++,
              fw.title(),
              fw.id(),
              areas,
              m.themesReaching(),
              areas.size() - m.areasReached()));
    }
    List<HeatGroup> groups = new ArrayList<>();
    List<HeatRow> rows = null;
    int groupStart = -1;
    StringBuilder cells = new StringBuilder();
    for (int index : order) {
      Theme th = t.themes().get(index);
      int depth = t.depth(th.id());
      if (depth == 0) {
        if (rows != null) {
          groups.add(new HeatGroup("g-" + groupStart, ImmutableList.copyOf(rows)));
        }
        rows = new ArrayList<>();
        groupStart = index;
      }
      cells.setLength(0);
      for (CrosswalkMatrix m : summary.matrices()) {
        CrosswalkMatrix.Row row = m.row(index).orElse(null);
        for (int a = 0; a < m.areas().size(); a++) {
          List<Relation> rel = row == null ? List.of() : row.cells().get(a);
          if (!rel.isEmpty()) {
            cells.append("<td class=").append(letter(rel.get(0)).toLowerCase(Locale.ROOT));
            cells.append('>');
            for (int r = 0; r < rel.size(); r++) {
              cells.append(r == 0 ? "" : "+").append(letter(rel.get(r)));
            }
          } else if (m.reaches(index, a)) {
            cells.append("<td class=v>\u00b7");
          } else {
            cells.append("<td>");
          }
        }
      }
      if (rows != null) {
        rows.add(new HeatRow("t-" + index, th.label(), depth, cells.toString()));
      }
    }
    if (rows != null) {
      groups.add(new HeatGroup("g-" + groupStart, ImmutableList.copyOf(rows)));
    }
    return new Heatmap(
        ImmutableList.copyOf(frameworks),
        ImmutableList.copyOf(groups),
        t.themes().size() > OPEN_LIMIT);
  }

  private static ImmutableList<SourceItem> sources(Taxonomy t, Summary summary) {
    ImmutableList.Builder<SourceItem> out = ImmutableList.builder();
    for (int i = 0; i < t.sources().size(); i++) {
      Source s = t.sources().get(i);
      String participants = s.participants();
      if (s.participantCount() != null) {
        String count = s.participantCount() == 1 ? "1 person" : n(s.participantCount()) + " people";
        participants = participants == null ? count : participants + " (" + count + ")";
      }
      out.add(
          new SourceItem(
              "s-" + i,
              s.id(),
              s.title(),
              s.kind().code(),
              s.date(),
              participants,
              s.location(),
              s.url(),
              summary.sources().evidencePerSource().getOrDefault(s.id(), 0),
              summary.sources().themesPerSource().getOrDefault(s.id(), ImmutableList.of()).stream()
                  .map(th -> link(t, th))
                  .collect(ImmutableList.toImmutableList())));
    }
    return out.build();
  }

  private static ImmutableList<Finding> findings(@Nullable Taxonomy t, Report report) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Diagnostic d : report.diagnostics()) {
      out.add(
          new Finding(
              d.severity().code(),
              d.ruleId(),
              d.message(),
              where(d.location()),
              d.location().columnName(),
              d.subject().toString(),
              t == null ? null : target(t, d.subject())));
    }
    return out.build();
  }

  /** The location as validate shows it, with the file's own name instead of its path. */
  private static String where(Location l) {
    if (l.file() == null) {
      return l.toString();
    }
    String file = l.file();
    try {
      Path name = Path.of(file).getFileName();
      file = name == null ? file : name.toString();
    } catch (InvalidPathException e) {
      // Not a path on this system: show it as given.
    }
    return new Location(file, l.line(), l.column(), null).toString();
  }

  /** Where the element a finding is about is shown, if it is shown. */
  private static @Nullable Link target(Taxonomy t, Subject s) {
    int i = s.index();
    return switch (s.kind()) {
      case THEME, EVIDENCE -> i >= 0 && i < t.themes().size() ? link(t, t.themes().get(i)) : null;
      case MAPPING ->
          i >= 0 && i < t.crosswalk().size()
              ? t.theme(t.crosswalk().get(i).theme()).map(th -> link(t, th)).orElse(null)
              : null;
      case SOURCE ->
          i >= 0 && i < t.sources().size() ? new Link("s-" + i, t.sources().get(i).title()) : null;
      case FRAMEWORK, AREA ->
          i >= 0 && i < t.frameworks().size()
              ? new Link("fw-" + i, t.frameworks().get(i).title())
              : null;
      default -> null;
    };
  }

  private static Link link(Taxonomy t, Theme th) {
    return new Link("t-" + t.indexOf(th.id()), th.label());
  }

  /** The letter of a relation: its initial, so a cell reads without colour. */
  static String letter(Relation r) {
    return r.code().substring(0, 1).toUpperCase(Locale.ROOT);
  }

  private static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
