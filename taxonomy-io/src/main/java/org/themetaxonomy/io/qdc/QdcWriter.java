package org.themetaxonomy.io.qdc;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;

/**
 * Writes a codebook by hand, so that the same taxonomy always gives the same bytes: codes nested as
 * the themes are, in model order; then one set per framework area that themes map to. Everything a
 * codebook cannot hold is counted, one note per kind.
 */
final class QdcWriter {
  /** The tool named in the codebook's {@code origin}. */
  static final String ORIGIN = "Theme Taxonomy";

  private final Taxonomy t;
  private final Writer out;
  private final String file;
  private int replaced;

  private QdcWriter(Taxonomy t, Writer out, String file) {
    this.t = t;
    this.out = out;
    this.file = file;
  }

  /** One set to write: an area with the themes mapped to it. */
  private record SetPlan(
      Framework framework, Area area, String name, List<Theme> members, List<Mapping> rows) {}

  /**
   * Writes a taxonomy as a codebook.
   *
   * @param t the taxonomy, with at least one theme
   * @param out where to; not closed
   * @param file the target's name, for the notes' location
   * @return what was left out, one note per kind
   */
  static ImmutableList<Diagnostic> write(Taxonomy t, Writer out, String file) throws IOException {
    return new QdcWriter(t, out, file).write();
  }

  private ImmutableList<Diagnostic> write() throws IOException {
    List<Theme> order = preOrder();
    Map<String, Integer> position = new HashMap<>(order.size() * 2);
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i).id(), i);
    }
    List<SetPlan> sets = plan(position);

    out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.write("<CodeBook xmlns=\"" + QdcReader.NAMESPACE + "\" origin=\"" + ORIGIN + "\">\n");
    out.write("  <Codes>\n");
    writeCodes();
    out.write("  </Codes>\n");
    if (!sets.isEmpty()) {
      out.write("  <Sets>\n");
      for (SetPlan s : sets) {
        writeSet(s);
      }
      out.write("  </Sets>\n");
    }
    out.write("</CodeBook>\n");
    return notes(sets);
  }

  /** The themes in the order their codes are written: depth first, children in model order. */
  private List<Theme> preOrder() {
    List<Theme> order = new ArrayList<>(t.themes().size());
    Deque<Theme> stack = new ArrayDeque<>();
    List<Theme> roots = t.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Theme th = stack.pop();
      order.add(th);
      List<Theme> children = t.children(th.id());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return order;
  }

  private void writeCodes() throws IOException {
    // An iterative walk: a deep hierarchy must not overflow the stack.
    record Step(Theme theme, int depth, boolean close) {}
    Deque<Step> stack = new ArrayDeque<>();
    List<Theme> roots = t.roots();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(new Step(roots.get(i), 2, false));
    }
    while (!stack.isEmpty()) {
      Step s = stack.pop();
      String indent = "  ".repeat(s.depth());
      if (s.close()) {
        out.write(indent + "</Code>\n");
        continue;
      }
      Theme th = s.theme();
      out.write(indent + "<Code guid=\"" + guid(th) + "\" name=\"");
      attribute(th.label());
      out.write("\" isCodable=\"" + th.codable() + "\"");
      if (th.color() != null) {
        out.write(" color=\"" + th.color() + "\"");
      }
      List<Theme> children = t.children(th.id());
      if (th.definition() == null && children.isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      if (th.definition() != null) {
        out.write(indent + "  <Description>");
        text(th.definition());
        out.write("</Description>\n");
      }
      stack.push(new Step(th, s.depth(), true));
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Step(children.get(i), s.depth() + 1, false));
      }
    }
  }

  private String guid(Theme th) {
    return th.uuid() != null
        ? th.uuid().toLowerCase(java.util.Locale.ROOT)
        : Guids.forTheme(t.id(), th.id());
  }

  private List<SetPlan> plan(Map<String, Integer> position) {
    Map<AreaRef, List<Mapping>> byArea = new LinkedHashMap<>();
    for (Mapping m : t.crosswalk()) {
      byArea.computeIfAbsent(m.areaRef(), k -> new ArrayList<>()).add(m);
    }
    List<SetPlan> plans = new ArrayList<>();
    Map<String, Integer> labels = new HashMap<>();
    for (Framework f : t.frameworks()) {
      for (Area a : f.areas()) {
        List<Mapping> rows = byArea.get(new AreaRef(f.id(), a.id()));
        if (rows == null) {
          continue;
        }
        List<Theme> members =
            rows.stream()
                .map(Mapping::theme)
                .distinct()
                .sorted((x, y) -> Integer.compare(position.get(x), position.get(y)))
                .map(id -> t.theme(id).orElseThrow())
                .toList();
        plans.add(new SetPlan(f, a, a.label(), members, rows));
        labels.merge(a.label(), 1, Integer::sum);
      }
    }
    // Two sets of one name would merge in a QDA tool: such names carry their framework's id.
    List<SetPlan> named = new ArrayList<>(plans.size());
    for (SetPlan p : plans) {
      boolean clash = labels.get(p.area().label()) > 1;
      String name = clash ? p.area().label() + " (" + p.framework().id() + ")" : p.name();
      named.add(new SetPlan(p.framework(), p.area(), name, p.members(), p.rows()));
    }
    return named;
  }

  private void writeSet(SetPlan s) throws IOException {
    Area a = s.area();
    String guid =
        a.uuid() != null
            ? a.uuid().toLowerCase(java.util.Locale.ROOT)
            : Guids.forArea(s.framework().id(), a.id());
    out.write("    <Set guid=\"" + guid + "\" name=\"");
    attribute(s.name());
    out.write("\">\n");
    String description = description(s);
    if (description != null) {
      out.write("      <Description>");
      text(description);
      out.write("</Description>\n");
    }
    for (Theme m : s.members()) {
      out.write("      <MemberCode guid=\"" + guid(m) + "\"/>\n");
    }
    out.write("    </Set>\n");
  }

  /**
   * A set's description: the area's own for the framework {@code sets} (a codebook's sets read
   * back), so that a codebook round-trips to the same bytes; otherwise it names the framework, the
   * area and the relations of its rows.
   */
  private static String description(SetPlan s) {
    if (s.framework().id().equals(QdcReader.SETS)) {
      return s.area().description();
    }
    StringBuilder b = new StringBuilder();
    b.append("Framework: ").append(s.framework().title()).append(" (").append(s.framework().id());
    b.append(")\nArea: ").append(s.area().label()).append(" (").append(s.area().id()).append(')');
    if (s.area().description() != null) {
      b.append('\n').append(s.area().description());
    }
    Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
    for (Mapping m : s.rows()) {
      counts.merge(m.relation(), 1, Integer::sum);
    }
    b.append("\nRelations:");
    String sep = " ";
    for (Map.Entry<Relation, Integer> e : counts.entrySet()) {
      b.append(sep).append(e.getValue()).append(' ').append(e.getKey().code());
      sep = ", ";
    }
    return b.toString();
  }

  private ImmutableList<Diagnostic> notes(List<SetPlan> sets) {
    List<String> lines = new ArrayList<>();
    int lossy = 0;
    java.util.Set<AreaRef> lossyAreas = new java.util.HashSet<>();
    for (Mapping m : t.crosswalk()) {
      boolean held =
          m.framework().equals(QdcReader.SETS)
              && m.relation() == Relation.RELATED
              && m.confidence() == null
              && m.rationale() == null;
      if (!held) {
        lossy++;
        lossyAreas.add(m.areaRef());
      }
    }
    if (lossy > 0) {
      lines.add(
          count(lossy, "crosswalk row")
              + (lossy == 1 ? " is" : " are")
              + " not part of a .qdc codebook; "
              + (lossy == 1 ? "it is" : "they are")
              + " written as "
              + count(lossyAreas.size(), "set")
              + " (members only; each set's description names its framework, area and"
              + " relations; confidence and rationale are left out)");
    }
    java.util.Set<AreaRef> written = new java.util.HashSet<>();
    for (SetPlan s : sets) {
      written.add(new AreaRef(s.framework().id(), s.area().id()));
    }
    List<String> emptyFrameworks = new ArrayList<>();
    int emptyAreas = 0;
    for (Framework f : t.frameworks()) {
      int mapped = 0;
      for (Area a : f.areas()) {
        if (written.contains(new AreaRef(f.id(), a.id()))) {
          mapped++;
        }
      }
      if (mapped == 0) {
        emptyFrameworks.add(f.id());
      } else {
        emptyAreas += f.areas().size() - mapped;
      }
    }
    if (!emptyFrameworks.isEmpty()) {
      lines.add(
          count(emptyFrameworks.size(), "framework")
              + " with no mapped theme "
              + (emptyFrameworks.size() == 1 ? "is" : "are")
              + " left out ("
              + String.join(", ", emptyFrameworks.subList(0, Math.min(5, emptyFrameworks.size())))
              + (emptyFrameworks.size() > 5 ? ", ..." : "")
              + "): a set needs member codes");
    }
    if (emptyAreas > 0) {
      lines.add(
          count(emptyAreas, "area")
              + " with no mapped theme "
              + (emptyAreas == 1 ? "is" : "are")
              + " left out: a set needs member codes");
    }
    if (!t.sources().isEmpty()) {
      lines.add(
          count(t.sources().size(), "source")
              + isAre(t.sources().size())
              + " left out: a codebook has no sources");
    }
    int evidence = 0;
    int evidenceThemes = 0;
    int alts = 0;
    int altThemes = 0;
    int notes = 0;
    int deprecated = 0;
    for (Theme th : t.themes()) {
      if (!th.evidence().isEmpty()) {
        evidence += th.evidence().size();
        evidenceThemes++;
      }
      if (!th.altLabels().isEmpty()) {
        alts += th.altLabels().size();
        altThemes++;
      }
      if (th.notes() != null) {
        notes++;
      }
      if (th.deprecated() || !th.replacedBy().isEmpty()) {
        deprecated++;
      }
    }
    if (evidence > 0) {
      lines.add(
          count(evidence, "evidence item")
              + " (of "
              + count(evidenceThemes, "theme")
              + ")"
              + isAre(evidence)
              + " left out: a codebook has no evidence; a QDA project (.qdpx) codes the"
              + " documents themselves");
    }
    if (alts > 0) {
      lines.add(
          count(alts, "alternative label")
              + " (of "
              + count(altThemes, "theme")
              + ")"
              + isAre(alts)
              + " left out: a code has one name");
    }
    if (notes > 0) {
      lines.add(
          "the notes of "
              + count(notes, "theme")
              + " are left out: a code has only its description (the theme's definition)");
    }
    if (deprecated > 0) {
      lines.add(
          count(deprecated, "deprecated theme")
              + " written as ordinary codes: deprecated and replacedBy are left out");
    }
    List<String> meta = new ArrayList<>(List.of("id", "title"));
    t.version().ifPresent(v -> meta.add("version"));
    t.description().ifPresent(v -> meta.add("description"));
    meta.add("language");
    t.baseUri().ifPresent(v -> meta.add("baseUri"));
    t.license().ifPresent(v -> meta.add("license"));
    lines.add(
        "the taxonomy's "
            + String.join(", ", meta.subList(0, meta.size() - 1))
            + " and "
            + meta.get(meta.size() - 1)
            + " are left out: a codebook has none (reading it back takes them from its file name)");
    if (replaced > 0) {
      lines.add(
          count(replaced, "character")
              + " that XML 1.0 cannot hold (control characters) "
              + (replaced == 1 ? "was" : "were")
              + " written as U+FFFD");
    }
    Location where = new Location(file, 0, 0, null);
    ImmutableList.Builder<Diagnostic> b = ImmutableList.builder();
    for (String line : lines) {
      b.add(new Diagnostic(QdcRules.LEFT_OUT, Severity.INFO, line, Subject.taxonomy(null), where));
    }
    return b.build();
  }

  private static String isAre(int n) {
    return n == 1 ? " is" : " are";
  }

  private static String count(int n, String noun) {
    return String.format(java.util.Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private void attribute(String s) throws IOException {
    escape(s, true);
  }

  private void text(String s) throws IOException {
    escape(s, false);
  }

  /**
   * Escapes markup, and in attributes the white space a parser would normalize; replaces what XML
   * 1.0 cannot hold at all (most control characters, lone surrogates, U+FFFE and U+FFFF).
   */
  private void escape(String s, boolean attribute) throws IOException {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '"' -> out.write(attribute ? "&quot;" : "\"");
        case '\r' -> out.write("&#13;");
        case '\n' -> out.write(attribute ? "&#10;" : "\n");
        case '\t' -> out.write(attribute ? "&#9;" : "\t");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            out.write('\uFFFD');
            replaced++;
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.write(c);
            out.write(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.write('\uFFFD');
            replaced++;
          } else {
            out.write(c);
          }
        }
      }
    }
  }
}
