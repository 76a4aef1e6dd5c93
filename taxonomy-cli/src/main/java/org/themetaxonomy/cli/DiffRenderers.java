package org.themetaxonomy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.diff.Change;
import org.themetaxonomy.core.diff.ChangeKind;
import org.themetaxonomy.core.diff.TaxonomyDiff;

/**
 * The renderers of {@code taxonomy diff}: text for people (grouped by kind, wrapped at 80 columns),
 * Markdown release notes, or the JSON of the design.
 */
final class DiffRenderers {
  private static final int WIDTH = 80;

  private static final Map<ChangeKind, String> TITLES = new EnumMap<>(ChangeKind.class);

  static {
    title(ChangeKind.THEME_ADDED, "Themes added");
    title(ChangeKind.THEME_REMOVED, "Themes removed");
    title(ChangeKind.THEME_DEPRECATED, "Themes deprecated");
    title(ChangeKind.THEME_MERGED, "Themes merged");
    title(ChangeKind.THEME_SPLIT, "Themes split");
    title(ChangeKind.THEME_RELABELED, "Themes relabeled");
    title(ChangeKind.THEME_MOVED, "Themes moved");
    title(ChangeKind.DEFINITION_CHANGED, "Definitions changed");
    title(ChangeKind.ALT_LABELS_CHANGED, "Alternative labels changed");
    title(ChangeKind.EVIDENCE_CHANGED, "Evidence changed");
    title(ChangeKind.THEME_CHANGED, "Other theme fields changed");
    title(ChangeKind.MAPPING_ADDED, "Crosswalk rows added");
    title(ChangeKind.MAPPING_REMOVED, "Crosswalk rows removed");
    title(ChangeKind.MAPPING_CHANGED, "Crosswalk rows changed");
    title(ChangeKind.AREA_ADDED, "Areas added");
    title(ChangeKind.AREA_REMOVED, "Areas removed");
    title(ChangeKind.AREA_RELABELED, "Areas relabeled");
    title(ChangeKind.AREA_CHANGED, "Areas changed");
    title(ChangeKind.FRAMEWORK_ADDED, "Frameworks added");
    title(ChangeKind.FRAMEWORK_REMOVED, "Frameworks removed");
    title(ChangeKind.SOURCE_ADDED, "Sources added");
    title(ChangeKind.SOURCE_REMOVED, "Sources removed");
    title(ChangeKind.SOURCE_CHANGED, "Sources changed");
    title(ChangeKind.METADATA_CHANGED, "Taxonomy and framework fields changed");
    title(ChangeKind.POSSIBLE_RENAME, "Possible renames");
  }

  private DiffRenderers() {}

  private static void title(ChangeKind kind, String title) {
    TITLES.put(kind, title);
  }

  private static String side(TaxonomyDiff.Side s) {
    return s.version() == null ? s.id() : s.id() + " " + s.version();
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** Grouped by kind, with counts and what is breaking; quoted text has controls escaped. */
  static final class Text implements Renderer<Diff> {
    @Override
    public void render(Diff value, PrintWriter out) {
      TaxonomyDiff diff = value.diff();
      String from = side(diff.from());
      String to = side(diff.to());
      List<String> head = new ArrayList<>();
      if (diff.isEmpty()) {
        wrap(
            head,
            "No changes from " + Escapes.terminal(from) + " to " + Escapes.terminal(to) + ".",
            "  ");
        head.forEach(out::println);
        return;
      }
      wrap(
          head,
          "Changes from " + Escapes.terminal(from) + " to " + Escapes.terminal(to) + ":",
          "  ");
      head.forEach(out::println);
      long breaking = diff.changes().stream().filter(Change::breaking).count();
      out.println(
          Render.plural(diff.changes().size(), "change")
              + (breaking == 0 ? ", none breaking." : ", " + breaking + " breaking."));
      for (Map.Entry<ChangeKind, Integer> e : diff.summary().entrySet()) {
        ChangeKind kind = e.getKey();
        List<Change> changes = diff.changes(kind);
        long broken = changes.stream().filter(Change::breaking).count();
        out.println();
        out.println(
            kind.code()
                + " ("
                + e.getValue()
                + (broken == 0 ? "" : ", " + broken + " breaking")
                + "): "
                + TITLES.get(kind).toLowerCase(Locale.ROOT));
        for (Change c : changes) {
          for (String line : lines(value, c)) {
            out.println(line);
          }
        }
      }
    }

    private static List<String> lines(Diff value, Change c) {
      List<String> lines = new ArrayList<>();
      if (c instanceof Change.ThemeAdded a) {
        wrap(
            lines,
            "  + " + a.theme() + " " + q(a.label()) + " " + under(a.parent(), value::themeLabel),
            "      ");
      } else if (c instanceof Change.ThemeRemoved r) {
        wrap(lines, "  - " + r.theme() + " " + q(r.label()), "      ");
      } else if (c instanceof Change.ThemeDeprecated d) {
        wrap(
            lines,
            "  "
                + d.theme()
                + " "
                + q(d.label())
                + (d.replacedBy().isEmpty()
                    ? ": deprecated, no replacement"
                    : ": deprecated, replaced by " + ids(value, d.replacedBy())),
            "      ");
      } else if (c instanceof Change.ThemeMerged m) {
        wrap(
            lines,
            "  " + m.theme() + " " + q(m.label()) + ": merged into " + ids(value, m.replacedBy()),
            "      ");
      } else if (c instanceof Change.ThemeSplit s) {
        wrap(
            lines,
            "  " + s.theme() + " " + q(s.label()) + ": split into " + ids(value, s.replacedBy()),
            "      ");
      } else if (c instanceof Change.ThemeRelabeled r) {
        wrap(lines, "  " + r.theme() + ": " + q(r.oldLabel()) + " -> " + q(r.newLabel()), "      ");
      } else if (c instanceof Change.ThemeMoved m) {
        wrap(
            lines,
            "  "
                + m.theme()
                + " "
                + q(m.label())
                + ": from "
                + place(value, m.oldParent())
                + " to "
                + place(value, m.newParent()),
            "      ");
      } else if (c instanceof Change.DefinitionChanged d) {
        lines.add("  " + d.theme() + " " + q(d.label()));
        wrap(lines, "    old: " + orNone(d.oldDefinition()), "         ");
        wrap(lines, "    new: " + orNone(d.newDefinition()), "         ");
      } else if (c instanceof Change.AltLabelsChanged a) {
        lines.add("  " + a.theme() + " " + q(a.label()));
        a.added().forEach(s -> wrap(lines, "    + " + q(s), "      "));
        a.removed().forEach(s -> wrap(lines, "    - " + q(s), "      "));
      } else if (c instanceof Change.EvidenceChanged e) {
        lines.add("  " + e.theme() + " " + q(e.label()));
        e.added().forEach(x -> wrap(lines, "    + " + evidence(x), "      "));
        e.removed().forEach(x -> wrap(lines, "    - " + evidence(x), "      "));
      } else if (c instanceof Change.ThemeChanged t) {
        wrap(
            lines,
            "  "
                + t.theme()
                + " "
                + q(t.label())
                + ": "
                + fieldChange(t.field(), t.oldValue(), t.newValue()),
            "      ");
      } else if (c instanceof Change.MappingAdded a) {
        wrap(lines, "  + " + row(a.mapping()), "      ");
      } else if (c instanceof Change.MappingRemoved r) {
        wrap(lines, "  - " + row(r.mapping()), "      ");
      } else if (c instanceof Change.MappingChanged m) {
        wrap(
            lines,
            "  "
                + m.theme()
                + " -> "
                + m.framework()
                + "/"
                + m.area()
                + ": "
                + fieldChange(m.field(), m.oldValue(), m.newValue()),
            "      ");
      } else if (c instanceof Change.AreaAdded a) {
        wrap(lines, "  + " + a.framework() + "/" + a.area() + " " + q(a.label()), "      ");
      } else if (c instanceof Change.AreaRemoved r) {
        wrap(
            lines,
            "  - "
                + r.framework()
                + "/"
                + r.area()
                + " "
                + q(r.label())
                + (r.mappedBefore() ? " (was mapped: breaking)" : ""),
            "      ");
      } else if (c instanceof Change.AreaRelabeled r) {
        wrap(
            lines,
            "  "
                + r.framework()
                + "/"
                + r.area()
                + ": "
                + q(r.oldLabel())
                + " -> "
                + q(r.newLabel()),
            "      ");
      } else if (c instanceof Change.AreaChanged a) {
        wrap(
            lines,
            "  "
                + a.framework()
                + "/"
                + a.area()
                + " "
                + q(a.label())
                + ": "
                + fieldChange(a.field(), a.oldValue(), a.newValue()),
            "      ");
      } else if (c instanceof Change.FrameworkAdded f) {
        wrap(
            lines,
            "  + " + f.framework() + " " + q(f.title()) + ", " + Render.plural(f.areas(), "area"),
            "      ");
      } else if (c instanceof Change.FrameworkRemoved f) {
        wrap(
            lines,
            "  - "
                + f.framework()
                + " "
                + q(f.title())
                + ", "
                + Render.plural(f.areas(), "area")
                + (f.mappedBefore() ? " (was mapped: breaking)" : ""),
            "      ");
      } else if (c instanceof Change.SourceAdded s) {
        wrap(lines, "  + " + s.source() + " " + q(s.title()), "      ");
      } else if (c instanceof Change.SourceRemoved s) {
        wrap(lines, "  - " + s.source() + " " + q(s.title()), "      ");
      } else if (c instanceof Change.SourceChanged s) {
        wrap(
            lines,
            "  "
                + s.source()
                + " "
                + q(s.title())
                + ": "
                + fieldChange(s.field(), s.oldValue(), s.newValue()),
            "      ");
      } else if (c instanceof Change.MetadataChanged m) {
        wrap(
            lines,
            "  "
                + (m.framework() == null ? "" : "framework " + m.framework() + ": ")
                + fieldChange(m.field(), m.oldValue(), m.newValue()),
            "      ");
      } else if (c instanceof Change.PossibleRename p) {
        wrap(
            lines,
            "  "
                + p.oldTheme()
                + " "
                + q(p.oldLabel())
                + " -> "
                + p.newTheme()
                + " "
                + q(p.newLabel())
                + " (same "
                + p.reason()
                + ")",
            "      ");
        wrap(lines, "    hint: " + p.hint(), "      ");
      }
      return lines;
    }

    private static String under(@Nullable String parent, Function<String, String> label) {
      return parent == null ? "(top level)" : "under " + parent + " " + q(label.apply(parent));
    }

    private static String place(Diff value, @Nullable String parent) {
      return parent == null ? "top level" : parent + " " + q(value.themeLabel(parent));
    }

    private static String ids(Diff value, List<String> ids) {
      List<String> parts = new ArrayList<>();
      for (String id : ids) {
        parts.add(id + " " + q(value.themeLabel(id)));
      }
      return String.join(", ", parts);
    }

    private static String evidence(Evidence e) {
      StringBuilder b = new StringBuilder(e.source());
      if (e.locator() != null) {
        b.append(", ").append(q(e.locator()));
      }
      if (e.excerpt() != null) {
        b.append(": ").append(q(e.excerpt()));
      }
      if (e.note() != null) {
        b.append(" (note ").append(q(e.note())).append(')');
      }
      return b.toString();
    }

    private static String row(Mapping m) {
      StringBuilder b =
          new StringBuilder(m.theme())
              .append(" -> ")
              .append(m.framework())
              .append('/')
              .append(m.area())
              .append(" (")
              .append(m.relation().code());
      if (m.confidence() != null) {
        b.append(", confidence ").append(number(m.confidence()));
      }
      b.append(')');
      if (m.rationale() != null) {
        b.append(": ").append(q(m.rationale()));
      }
      return b.toString();
    }

    private static String fieldChange(String field, @Nullable String o, @Nullable String n) {
      return field + " " + orNone(o) + " -> " + orNone(n);
    }

    private static String orNone(@Nullable String s) {
      return s == null ? "(none)" : q(s);
    }

    /** Quoted, with control characters escaped; never shortened. */
    private static String q(String s) {
      return "'" + Escapes.terminal(s) + "'";
    }

    /** Adds text wrapped at spaces to 80 columns; continuation lines start with {@code indent}. */
    static void wrap(List<String> lines, String text, String indent) {
      String rest = text;
      String prefix = "";
      while (prefix.length() + rest.length() > WIDTH) {
        int room = WIDTH - prefix.length();
        int cut = rest.lastIndexOf(' ', room);
        if (cut <= indent.length() && prefix.isEmpty() || cut <= 0) {
          cut = rest.indexOf(' ', room);
          if (cut < 0) {
            break; // one long word: let it run over
          }
        }
        lines.add((prefix + rest.substring(0, cut)).stripTrailing());
        rest = rest.substring(cut + 1).stripLeading();
        prefix = indent;
      }
      lines.add(prefix + rest);
    }
  }

  /** Release notes: a summary table, then one section per kind; text escaped for Markdown. */
  static final class Markdown implements Renderer<Diff> {
    @Override
    public void render(Diff value, PrintWriter out) {
      TaxonomyDiff diff = value.diff();
      out.println(
          "# Changes from "
              + Escapes.markdown(side(diff.from()))
              + " to "
              + Escapes.markdown(side(diff.to())));
      out.println();
      if (diff.isEmpty()) {
        out.println("No changes.");
        return;
      }
      long breaking = diff.changes().stream().filter(Change::breaking).count();
      out.println(
          breaking == 0
              ? "No breaking changes: every id of the old version still resolves."
              : "**Breaking changes: "
                  + breaking
                  + ".** Ids that other systems may reference are gone; see the items marked"
                  + " breaking.");
      out.println();
      out.println("| Change | Kind | Count |");
      out.println("| --- | --- | ---: |");
      for (Map.Entry<ChangeKind, Integer> e : diff.summary().entrySet()) {
        out.println(
            "| "
                + TITLES.get(e.getKey())
                + " | `"
                + e.getKey().code()
                + "` | "
                + e.getValue()
                + " |");
      }
      for (Map.Entry<ChangeKind, Integer> e : diff.summary().entrySet()) {
        ChangeKind kind = e.getKey();
        out.println();
        out.println("## " + TITLES.get(kind) + " (" + e.getValue() + ")");
        out.println();
        for (Change c : diff.changes(kind)) {
          out.println("- " + item(value, c));
        }
      }
    }

    private static String item(Diff value, Change c) {
      if (c instanceof Change.ThemeAdded a) {
        return theme(a.label(), a.theme())
            + (a.parent() == null ? ", top level" : ", under " + themeRef(value, a.parent()));
      } else if (c instanceof Change.ThemeRemoved r) {
        return theme(r.label(), r.theme()) + " **(breaking)**";
      } else if (c instanceof Change.ThemeDeprecated d) {
        return theme(d.label(), d.theme())
            + (d.replacedBy().isEmpty()
                ? ": deprecated"
                : ": deprecated, replaced by " + themeRefs(value, d.replacedBy()));
      } else if (c instanceof Change.ThemeMerged m) {
        return theme(m.label(), m.theme()) + ": merged into " + themeRefs(value, m.replacedBy());
      } else if (c instanceof Change.ThemeSplit s) {
        return theme(s.label(), s.theme()) + ": split into " + themeRefs(value, s.replacedBy());
      } else if (c instanceof Change.ThemeRelabeled r) {
        return "`"
            + r.theme()
            + "`: "
            + Escapes.markdown(r.oldLabel())
            + " → **"
            + Escapes.markdown(r.newLabel())
            + "**";
      } else if (c instanceof Change.ThemeMoved m) {
        return theme(m.label(), m.theme())
            + ": from "
            + (m.oldParent() == null ? "top level" : themeRef(value, m.oldParent()))
            + " to "
            + (m.newParent() == null ? "top level" : themeRef(value, m.newParent()));
      } else if (c instanceof Change.DefinitionChanged d) {
        return theme(d.label(), d.theme())
            + "  \n  was: "
            + mdOrNone(d.oldDefinition())
            + "  \n  now: "
            + mdOrNone(d.newDefinition());
      } else if (c instanceof Change.AltLabelsChanged a) {
        return theme(a.label(), a.theme())
            + ":"
            + addedRemoved(a.added(), a.removed(), Escapes::markdown);
      } else if (c instanceof Change.EvidenceChanged e) {
        return theme(e.label(), e.theme())
            + ":"
            + addedRemoved(e.added(), e.removed(), x -> evidence(value, x));
      } else if (c instanceof Change.ThemeChanged t) {
        return theme(t.label(), t.theme()) + ": " + mdValue(t.field(), t.oldValue(), t.newValue());
      } else if (c instanceof Change.MappingAdded a) {
        return row(value, a.mapping());
      } else if (c instanceof Change.MappingRemoved r) {
        return row(value, r.mapping());
      } else if (c instanceof Change.MappingChanged m) {
        return themeRef(value, m.theme())
            + " → "
            + areaRef(value, m.framework(), m.area())
            + ": "
            + mdValue(m.field(), m.oldValue(), m.newValue());
      } else if (c instanceof Change.AreaAdded a) {
        return "**" + Escapes.markdown(a.label()) + "** (`" + a.framework() + "/" + a.area() + "`)";
      } else if (c instanceof Change.AreaRemoved r) {
        return "**"
            + Escapes.markdown(r.label())
            + "** (`"
            + r.framework()
            + "/"
            + r.area()
            + "`)"
            + (r.mappedBefore() ? " **(breaking: it was mapped)**" : "");
      } else if (c instanceof Change.AreaRelabeled r) {
        return "`"
            + r.framework()
            + "/"
            + r.area()
            + "`: "
            + Escapes.markdown(r.oldLabel())
            + " → **"
            + Escapes.markdown(r.newLabel())
            + "**";
      } else if (c instanceof Change.AreaChanged a) {
        return areaRef(value, a.framework(), a.area())
            + ": "
            + mdValue(a.field(), a.oldValue(), a.newValue());
      } else if (c instanceof Change.FrameworkAdded f) {
        return "**"
            + Escapes.markdown(f.title())
            + "** (`"
            + f.framework()
            + "`), "
            + Render.plural(f.areas(), "area");
      } else if (c instanceof Change.FrameworkRemoved f) {
        return "**"
            + Escapes.markdown(f.title())
            + "** (`"
            + f.framework()
            + "`), "
            + Render.plural(f.areas(), "area")
            + (f.mappedBefore() ? " **(breaking: it was mapped)**" : "");
      } else if (c instanceof Change.SourceAdded s) {
        return "**" + Escapes.markdown(s.title()) + "** (`" + s.source() + "`)";
      } else if (c instanceof Change.SourceRemoved s) {
        return "**" + Escapes.markdown(s.title()) + "** (`" + s.source() + "`)";
      } else if (c instanceof Change.SourceChanged s) {
        return "**"
            + Escapes.markdown(s.title())
            + "** (`"
            + s.source()
            + "`): "
            + mdValue(s.field(), s.oldValue(), s.newValue());
      } else if (c instanceof Change.MetadataChanged m) {
        return (m.framework() == null ? "" : "framework `" + m.framework() + "`: ")
            + mdValue(m.field(), m.oldValue(), m.newValue());
      } else if (c instanceof Change.PossibleRename p) {
        return theme(p.oldLabel(), p.oldTheme())
            + " → "
            + theme(p.newLabel(), p.newTheme())
            + " (same "
            + p.reason()
            + "). If it is a rename, keep `"
            + p.oldTheme()
            + "` as deprecated with `replacedBy` `"
            + p.newTheme()
            + "`.";
      }
      throw new IllegalStateException("no Markdown for " + c.kind());
    }

    private static String theme(String label, String id) {
      return "**" + Escapes.markdown(label) + "** (`" + id + "`)";
    }

    private static String themeRef(Diff value, String id) {
      return Escapes.markdown(value.themeLabel(id)) + " (`" + id + "`)";
    }

    private static String themeRefs(Diff value, List<String> ids) {
      List<String> parts = new ArrayList<>();
      ids.forEach(id -> parts.add(themeRef(value, id)));
      return String.join(", ", parts);
    }

    private static String areaRef(Diff value, String framework, String area) {
      return Escapes.markdown(value.areaLabel(framework, area))
          + " (`"
          + framework
          + "/"
          + area
          + "`)";
    }

    private static String row(Diff value, Mapping m) {
      return themeRef(value, m.theme())
          + " → "
          + areaRef(value, m.framework(), m.area())
          + ": "
          + m.relation().code()
          + (m.confidence() == null ? "" : ", confidence " + number(m.confidence()))
          + (m.rationale() == null ? "" : " (" + Escapes.markdown(m.rationale()) + ")");
    }

    private static String evidence(Diff value, Evidence e) {
      return Escapes.markdown(value.sourceTitle(e.source()))
          + " (`"
          + e.source()
          + "`)"
          + (e.locator() == null ? "" : ", " + Escapes.markdown(e.locator()))
          + (e.excerpt() == null ? "" : ": “" + Escapes.markdown(e.excerpt()) + "”")
          + (e.note() == null ? "" : " (note: " + Escapes.markdown(e.note()) + ")");
    }

    private static <T> String addedRemoved(
        List<T> added, List<T> removed, Function<T, String> show) {
      StringBuilder b = new StringBuilder();
      for (T t : added) {
        b.append("\n  - added: ").append(show.apply(t));
      }
      for (T t : removed) {
        b.append("\n  - removed: ").append(show.apply(t));
      }
      return b.toString();
    }

    private static String mdValue(String field, @Nullable String o, @Nullable String n) {
      return "`" + field + "` " + mdOrNone(o) + " → " + mdOrNone(n);
    }

    private static String mdOrNone(@Nullable String s) {
      return s == null ? "*(none)*" : Escapes.markdown(s);
    }
  }

  /** The shape of the design: old, new, breaking, summary, then every change with its keys. */
  static final class Json implements Renderer<Diff> {
    @Override
    public void render(Diff value, PrintWriter out) throws IOException {
      TaxonomyDiff diff = value.diff();
      try (JsonGenerator g = Render.json(out)) {
        g.writeStartObject();
        side(g, "old", diff.from());
        side(g, "new", diff.to());
        g.writeBooleanField("breaking", diff.breaking());
        g.writeObjectFieldStart("summary");
        for (Map.Entry<ChangeKind, Integer> e : diff.summary().entrySet()) {
          g.writeNumberField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("changes");
        for (Change c : diff.changes()) {
          g.writeStartObject();
          g.writeStringField("kind", c.kind().code());
          if (c.breaking()) {
            g.writeBooleanField("breaking", true);
          }
          jsonFields(g, c);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println();
    }

    private static void side(JsonGenerator g, String name, TaxonomyDiff.Side s) throws IOException {
      g.writeObjectFieldStart(name);
      g.writeStringField("id", s.id());
      g.writeStringField("version", s.version());
      g.writeEndObject();
    }

    private static void jsonFields(JsonGenerator g, Change c) throws IOException {
      if (c instanceof Change.ThemeAdded a) {
        themeKeys(g, a.theme(), a.label());
        g.writeStringField("parent", a.parent());
      } else if (c instanceof Change.ThemeRemoved r) {
        themeKeys(g, r.theme(), r.label());
      } else if (c instanceof Change.ThemeDeprecated d) {
        themeKeys(g, d.theme(), d.label());
        strings(g, "replacedBy", d.replacedBy());
      } else if (c instanceof Change.ThemeMerged m) {
        themeKeys(g, m.theme(), m.label());
        strings(g, "replacedBy", m.replacedBy());
      } else if (c instanceof Change.ThemeSplit s) {
        themeKeys(g, s.theme(), s.label());
        strings(g, "replacedBy", s.replacedBy());
      } else if (c instanceof Change.ThemeRelabeled r) {
        g.writeStringField("theme", r.theme());
        g.writeStringField("old", r.oldLabel());
        g.writeStringField("new", r.newLabel());
      } else if (c instanceof Change.ThemeMoved m) {
        themeKeys(g, m.theme(), m.label());
        g.writeStringField("old", m.oldParent());
        g.writeStringField("new", m.newParent());
      } else if (c instanceof Change.DefinitionChanged d) {
        themeKeys(g, d.theme(), d.label());
        g.writeStringField("old", d.oldDefinition());
        g.writeStringField("new", d.newDefinition());
      } else if (c instanceof Change.AltLabelsChanged a) {
        themeKeys(g, a.theme(), a.label());
        strings(g, "added", a.added());
        strings(g, "removed", a.removed());
      } else if (c instanceof Change.EvidenceChanged e) {
        themeKeys(g, e.theme(), e.label());
        evidence(g, "added", e.added());
        evidence(g, "removed", e.removed());
      } else if (c instanceof Change.ThemeChanged t) {
        themeKeys(g, t.theme(), t.label());
        values(g, t.field(), t.oldValue(), t.newValue());
      } else if (c instanceof Change.MappingAdded a) {
        row(g, a.mapping());
      } else if (c instanceof Change.MappingRemoved r) {
        row(g, r.mapping());
      } else if (c instanceof Change.MappingChanged m) {
        g.writeStringField("theme", m.theme());
        g.writeStringField("framework", m.framework());
        g.writeStringField("area", m.area());
        values(g, m.field(), m.oldValue(), m.newValue());
      } else if (c instanceof Change.AreaAdded a) {
        areaKeys(g, a.framework(), a.area());
        g.writeStringField("label", a.label());
      } else if (c instanceof Change.AreaRemoved r) {
        areaKeys(g, r.framework(), r.area());
        g.writeStringField("label", r.label());
        g.writeBooleanField("mapped", r.mappedBefore());
      } else if (c instanceof Change.AreaRelabeled r) {
        areaKeys(g, r.framework(), r.area());
        g.writeStringField("old", r.oldLabel());
        g.writeStringField("new", r.newLabel());
      } else if (c instanceof Change.AreaChanged a) {
        areaKeys(g, a.framework(), a.area());
        g.writeStringField("label", a.label());
        values(g, a.field(), a.oldValue(), a.newValue());
      } else if (c instanceof Change.FrameworkAdded f) {
        g.writeStringField("framework", f.framework());
        g.writeStringField("title", f.title());
        g.writeNumberField("areas", f.areas());
      } else if (c instanceof Change.FrameworkRemoved f) {
        g.writeStringField("framework", f.framework());
        g.writeStringField("title", f.title());
        g.writeNumberField("areas", f.areas());
        g.writeBooleanField("mapped", f.mappedBefore());
      } else if (c instanceof Change.SourceAdded s) {
        g.writeStringField("source", s.source());
        g.writeStringField("title", s.title());
      } else if (c instanceof Change.SourceRemoved s) {
        g.writeStringField("source", s.source());
        g.writeStringField("title", s.title());
      } else if (c instanceof Change.SourceChanged s) {
        g.writeStringField("source", s.source());
        g.writeStringField("title", s.title());
        values(g, s.field(), s.oldValue(), s.newValue());
      } else if (c instanceof Change.MetadataChanged m) {
        if (m.framework() != null) {
          g.writeStringField("framework", m.framework());
        }
        values(g, m.field(), m.oldValue(), m.newValue());
      } else if (c instanceof Change.PossibleRename p) {
        g.writeStringField("old", p.oldTheme());
        g.writeStringField("new", p.newTheme());
        g.writeStringField("oldLabel", p.oldLabel());
        g.writeStringField("newLabel", p.newLabel());
        g.writeStringField("reason", p.reason());
        g.writeStringField("hint", p.hint());
      }
    }

    private static void themeKeys(JsonGenerator g, String theme, String label) throws IOException {
      g.writeStringField("theme", theme);
      g.writeStringField("label", label);
    }

    private static void areaKeys(JsonGenerator g, String framework, String area)
        throws IOException {
      g.writeStringField("framework", framework);
      g.writeStringField("area", area);
    }

    private static void strings(JsonGenerator g, String name, List<String> items)
        throws IOException {
      g.writeArrayFieldStart(name);
      for (String s : items) {
        g.writeString(s);
      }
      g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, String name, List<Evidence> items)
        throws IOException {
      g.writeArrayFieldStart(name);
      for (Evidence e : items) {
        g.writeStartObject();
        g.writeStringField("source", e.source());
        if (e.locator() != null) {
          g.writeStringField("locator", e.locator());
        }
        if (e.excerpt() != null) {
          g.writeStringField("excerpt", e.excerpt());
        }
        if (e.note() != null) {
          g.writeStringField("note", e.note());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private static void row(JsonGenerator g, Mapping m) throws IOException {
      g.writeStringField("theme", m.theme());
      g.writeStringField("framework", m.framework());
      g.writeStringField("area", m.area());
      g.writeStringField("relation", m.relation().code());
      if (m.confidence() != null) {
        g.writeNumberField("confidence", m.confidence());
      }
      if (m.rationale() != null) {
        g.writeStringField("rationale", m.rationale());
      }
    }

    /**
     * {@code field}, {@code old}, {@code new}: numbers and booleans as JSON numbers and booleans.
     */
    private static void values(
        JsonGenerator g, String field, @Nullable String o, @Nullable String n) throws IOException {
      g.writeStringField("field", field);
      typed(g, "old", field, o);
      typed(g, "new", field, n);
    }

    private static void typed(JsonGenerator g, String name, String field, @Nullable String value)
        throws IOException {
      g.writeFieldName(name);
      if (value == null) {
        g.writeNull();
      } else if (field.equals("confidence") || field.equals("participantCount")) {
        g.writeNumber(value); // written by core from a number: digits as they are
      } else if (field.equals("codable") || field.equals("deprecated")) {
        g.writeBoolean(Boolean.parseBoolean(value));
      } else {
        g.writeString(value);
      }
    }
  }
}
