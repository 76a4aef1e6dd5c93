package org.themetaxonomy.io.qdc;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.BuildResult;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Ids;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Relation;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.StructuralRules;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.StrictUtf8Reader;

/**
 * Reads a codebook in two steps: the XML into rows of codes and sets with their positions, then the
 * rows into a taxonomy. The parser is the JDK's StAX with DTDs, external entities and entity
 * replacement off, and a DOCTYPE is refused outright, so no entity is ever read or expanded.
 */
final class QdcReader {
  /** The namespace of the schema, which this format writes. */
  static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

  /** Spellings real tools write (NVivo, ATLAS.ti, MAXQDA, QualCoder), read with a warning. */
  static final ImmutableList<String> LEGACY =
      ImmutableList.of("urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4");

  private static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

  /** The framework that holds a codebook's sets. */
  static final String SETS = "sets";

  private static final XMLInputFactory FACTORY = factory();

  private final ReadOptions options;

  QdcReader(ReadOptions options) {
    this.options = options;
  }

  private static XMLInputFactory factory() {
    // The JDK's own implementation, whatever else is on the class path.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /** Which element a frame of the parse stands for. */
  private enum El {
    CODEBOOK,
    CODES,
    SETS,
    CODE,
    SET,
    DESCRIPTION,
    MEMBER,
    SKIP
  }

  /** One open element; {@code index} is its code's or set's row, or -1. */
  private static final class Frame {
    final El el;
    final int index;
    final long at;
    int children;
    @Nullable StringBuilder text;

    Frame(El el, int index, long at) {
      this.el = el;
      this.index = index;
      this.at = at;
    }
  }

  private static final class CodeRow {
    final long at;
    final int parent;
    @Nullable String guid;
    String name = "";
    boolean codable = true;
    @Nullable String color;
    @Nullable StringBuilder description;

    CodeRow(long at, int parent) {
      this.at = at;
      this.parent = parent;
    }
  }

  private static final class SetRow {
    final long at;
    @Nullable String guid;
    String name = "";
    @Nullable StringBuilder description;
    final List<String> members = new ArrayList<>();
    final List<Long> memberAt = new ArrayList<>();

    SetRow(long at) {
      this.at = at;
    }
  }

  /** The state of one read. */
  private final class Run {
    final String file;
    final String base;
    final List<Diagnostic> found = new ArrayList<>();
    int dropped;
    boolean errors;
    final List<CodeRow> codes = new ArrayList<>();
    final List<SetRow> sets = new ArrayList<>();
    long rootAt;
    long setsAt;
    @Nullable String origin;
    boolean sawCodes;
    boolean stopped = true;

    Run(String file, String base) {
      this.file = file;
      this.base = base;
    }

    Location loc(long at) {
      return new Location(file, (int) (at >>> 32), (int) at, null);
    }

    void report(String rule, Severity severity, Subject subject, String message, long at) {
      if (severity == Severity.ERROR) {
        errors = true;
      }
      if (found.size() >= options.maxDiagnostics()) {
        dropped++;
        return;
      }
      found.add(new Diagnostic(rule, severity, message, subject, loc(at)));
    }

    void error(String rule, String message, long at) {
      report(rule, Severity.ERROR, Subject.file(), message, at);
    }

    void warn(String rule, String message, long at) {
      report(rule, Severity.WARNING, Subject.file(), message, at);
    }

    ImmutableList<Diagnostic> diagnostics() {
      if (dropped == 0) {
        return ImmutableList.copyOf(found);
      }
      return ImmutableList.<Diagnostic>builder()
          .addAll(found)
          .add(
              new Diagnostic(
                  FileRules.LIMIT_EXCEEDED,
                  Severity.ERROR,
                  dropped
                      + " more problems were found and not listed (ReadOptions.maxDiagnostics);"
                      + " mend these and run again",
                  Subject.file(),
                  new Location(file, 0, 0, null)))
          .build();
    }
  }

  /**
   * Reads a codebook.
   *
   * @param in the bytes; not closed
   * @param file the name locations carry
   * @param base the file's name without folder or ending, for the taxonomy's id and title
   * @return the taxonomy, or every problem
   */
  ReadResult read(InputStream in, String file, String base) throws IOException {
    Run run = new Run(file, base);
    parse(run, in);
    if (run.stopped) {
      return new ReadResult(null, run.diagnostics(), Locator.NONE);
    }
    // Also after errors in the rows: guids and members are checked too, so all show in one run.
    return build(run);
  }

  // ---- step two: the rows into a taxonomy

  private ReadResult build(Run run) {
    String taxonomyId = Slugs.slug(run.base);
    if (taxonomyId.isEmpty()) {
      taxonomyId = "codebook";
    }
    String title = run.base.isBlank() ? "Codebook" : run.base.strip();
    int n = run.codes.size();

    // Guids: the key a MemberCode names a code by, and whether the code's uuid must be derived.
    String[] key = new String[n];
    boolean[] derived = new boolean[n];
    Map<String, Integer> byKey = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      CodeRow c = run.codes.get(i);
      String g = Guids.normalize(c.guid);
      if (g == null) {
        derived[i] = true;
        g = c.guid == null || c.guid.isBlank() ? null : c.guid.strip();
      }
      key[i] = g;
      if (g != null) {
        Integer first = byKey.putIfAbsent(g, i);
        if (first != null) {
          CodeRow other = run.codes.get(first);
          run.report(
              QdcRules.DUPLICATE_GUID,
              Severity.ERROR,
              Subject.theme(i, c.name),
              "code "
                  + Texts.quote(c.name)
                  + " has guid "
                  + g
                  + ", as code "
                  + Texts.quote(other.name)
                  + " at line "
                  + (other.at >>> 32)
                  + " has; each code needs a guid of its own",
              c.at);
        }
      }
    }

    // Ids: a guid that is no GUID but a valid id is the theme's id; the rest are slugs of names.
    Slugs ids = new Slugs("code");
    String[] id = new String[n];
    for (int i = 0; i < n; i++) {
      if (derived[i] && key[i] != null && Ids.isValid(key[i]) && byKey.get(key[i]) == i) {
        id[i] = key[i];
        ids.reserve(id[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (id[i] == null) {
        id[i] = ids.unique(run.codes.get(i).name);
      }
    }
    String[] uuid = new String[n];
    for (int i = 0; i < n; i++) {
      CodeRow c = run.codes.get(i);
      if (!derived[i]) {
        uuid[i] = key[i];
        continue;
      }
      uuid[i] = Guids.forTheme(taxonomyId, id[i]);
      run.report(
          QdcRules.INVALID_GUID,
          Severity.WARNING,
          Subject.theme(i, id[i]),
          "code "
              + Texts.quote(c.name)
              + (c.guid == null
                  ? " has no guid"
                  : " has guid " + Texts.quote(c.guid) + ", which is not a GUID (8-4-4-4-12 hex)")
              + "; read as theme "
              + id[i]
              + " with the derived guid "
              + uuid[i]
              + " (a QDA tool that imports the written codebook sees a new code)",
          c.at);
    }

    // Sets: areas of the framework "sets", their members crosswalk rows.
    Slugs areaIds = new Slugs("set");
    List<Area> areas = new ArrayList<>();
    List<Mapping> rows = new ArrayList<>();
    List<Long> rowAt = new ArrayList<>();
    Set<String> setKeys = new HashSet<>();
    for (int s = 0; s < run.sets.size(); s++) {
      SetRow set = run.sets.get(s);
      String areaId = areaIds.unique(set.name);
      String g = Guids.normalize(set.guid);
      String k = g != null ? g : set.guid == null ? null : set.guid.strip();
      if (k != null && !setKeys.add(k)) {
        run.report(
            QdcRules.DUPLICATE_GUID,
            Severity.ERROR,
            Subject.file(),
            "set " + Texts.quote(set.name) + " has guid " + k + ", as an earlier set has",
            set.at);
      }
      if (g == null) {
        g = Guids.forArea(SETS, areaId);
        run.report(
            QdcRules.INVALID_GUID,
            Severity.WARNING,
            Subject.file(),
            "set "
                + Texts.quote(set.name)
                + (set.guid == null
                    ? " has no guid"
                    : " has guid "
                        + Texts.quote(set.guid)
                        + ", which is not a GUID (8-4-4-4-12 hex)")
                + "; read as area "
                + SETS
                + "/"
                + areaId
                + " with the derived guid "
                + g,
            set.at);
      }
      String description = set.description == null ? null : set.description.toString();
      areas.add(new Area(areaId, set.name.isBlank() ? areaId : set.name, description, g));
      Set<Integer> seen = new HashSet<>();
      for (int m = 0; m < set.members.size(); m++) {
        String raw = set.members.get(m);
        long at = set.memberAt.get(m);
        String mg = Guids.normalize(raw);
        Integer code = byKey.get(mg != null ? mg : raw.strip());
        if (code == null) {
          run.report(
              StructuralRules.UNKNOWN_REFERENCE,
              Severity.ERROR,
              Subject.file(),
              "a <MemberCode> of set "
                  + Texts.quote(set.name)
                  + " names guid "
                  + Texts.quote(raw)
                  + ", which no code of this codebook has",
              at);
        } else if (!seen.add(code)) {
          run.report(
              QdcRules.DUPLICATE_MEMBER,
              Severity.WARNING,
              Subject.file(),
              "set "
                  + Texts.quote(set.name)
                  + " names code "
                  + Texts.quote(run.codes.get(code).name)
                  + " twice; kept once",
              at);
        } else {
          rows.add(Mapping.of(id[code], SETS, areaId, Relation.RELATED));
          rowAt.add(at);
        }
      }
    }
    if (run.errors) {
      return new ReadResult(null, run.diagnostics(), Locator.NONE);
    }

    List<Theme> themes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CodeRow c = run.codes.get(i);
      themes.add(
          Theme.builder(id[i], c.name)
              .parent(c.parent < 0 ? null : id[c.parent])
              .definition(c.description == null ? null : c.description.toString())
              .color(c.color)
              .uuid(uuid[i])
              .codable(c.codable)
              .build());
    }
    Taxonomy.Builder b =
        Taxonomy.builder(taxonomyId, title)
            .description(
                "Imported from the REFI-QDA codebook "
                    + run.base
                    + ".qdc"
                    + (run.origin == null ? "" : ", written by " + run.origin)
                    + ".")
            .addThemes(themes);
    if (!areas.isEmpty()) {
      b.addFramework(
          new Framework(
              SETS,
              "Sets",
              null,
              "The codebook's sets: one area per set; each member code is mapped to its set with"
                  + " the relation related.",
              null,
              ImmutableList.copyOf(areas)));
      b.addMappings(rows);
    }
    String what = Texts.quote(taxonomyId) + " and title " + Texts.quote(title);
    run.report(
        QdcRules.IMPORT_CHOICE,
        Severity.INFO,
        Subject.taxonomy(null),
        "a codebook has no id or title: the taxonomy's id "
            + what
            + " come from the file's name; "
            + count(n, "code")
            + (n == 1 ? " became a theme" : " became themes")
            + " with ids made from their names"
            + (areas.isEmpty()
                ? ""
                : ", and "
                    + count(areas.size(), "set")
                    + " the areas of framework "
                    + SETS
                    + " ("
                    + count(rows.size(), "crosswalk row")
                    + ", relation related)"),
        run.rootAt);
    long[] themeAt = new long[n];
    for (int i = 0; i < n; i++) {
      themeAt[i] = run.codes.get(i).at;
    }
    long[] areaAt = run.sets.stream().mapToLong(s -> s.at).toArray();
    long[] mappingAt = rowAt.stream().mapToLong(Long::longValue).toArray();
    Locator locator = new At(run.file, run.rootAt, run.setsAt, themeAt, areaAt, mappingAt);
    BuildResult built = b.tryBuild(locator);
    if (built.taxonomy() == null) {
      List<Diagnostic> all = new ArrayList<>(run.diagnostics());
      all.addAll(built.diagnostics());
      return new ReadResult(null, ImmutableList.copyOf(all), locator);
    }
    return new ReadResult(built.taxonomy(), run.diagnostics(), locator);
  }

  /** Where each theme, area and crosswalk row of a read codebook was. */
  private record At(String file, long root, long sets, long[] themes, long[] areas, long[] mappings)
      implements Locator {
    @Override
    public Location locate(Subject s) {
      long at =
          switch (s.kind()) {
            case FILE, TAXONOMY -> root;
            case FRAMEWORK -> sets;
            case THEME -> get(themes, s.index());
            case AREA -> get(areas, s.subIndex());
            case MAPPING -> get(mappings, s.index());
            default -> 0;
          };
      return new Location(file, (int) (at >>> 32), (int) at, null);
    }

    private static long get(long[] a, int i) {
      return i >= 0 && i < a.length ? a[i] : 0;
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    @Override
    public String toString() {
      return "positions in " + file;
    }
  }

  // ---- step one: the XML into rows

  private void parse(Run run, InputStream in) throws IOException {
    XMLStreamReader r;
    Utf8 chars = new Utf8(in);
    boolean sawElement = false;
    long at = pack(1, 1);
    try {
      r = FACTORY.createXMLStreamReader(chars);
    } catch (XMLStreamException e) {
      fail(run, e, false);
      return;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    @Nullable String namespace = null;
    try {
      String declared = r.getCharacterEncodingScheme();
      if (declared != null
          && !declared.equalsIgnoreCase("UTF-8")
          && !declared.equalsIgnoreCase("UTF8")
          && !declared.equalsIgnoreCase("US-ASCII")) {
        run.warn(
            FileRules.INVALID_UTF8,
            "the file declares encoding "
                + Texts.quote(declared)
                + "; a codebook is read as UTF-8, as the REFI-QDA standard says",
            at);
      }
      int previous = XMLStreamConstants.START_DOCUMENT;
      while (r.hasNext()) {
        javax.xml.stream.Location l = r.getLocation();
        // Where the last event ended is where this one starts; after text, the parser has
        // already taken the '<' that ended it.
        int column = l.getColumnNumber();
        boolean afterText =
            previous == XMLStreamConstants.CHARACTERS || previous == XMLStreamConstants.SPACE;
        at = pack(l.getLineNumber(), afterText && column > 1 ? column - 1 : column);
        int event = r.next();
        previous = event;
        switch (event) {
          case XMLStreamConstants.DTD -> {
            l = r.getLocation(); // the prolog's white space is no event: place it where it ends
            at = pack(l.getLineNumber(), l.getColumnNumber());
            run.error(
                QdcRules.XML_DOCTYPE,
                "the file has a DOCTYPE; a codebook needs none, and DTDs and entities are refused"
                    + " for safety (XXE, entity expansion): remove the <!DOCTYPE ...> declaration",
                at);
            return;
          }
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            run.error(
                QdcRules.MALFORMED_XML,
                "entity &" + r.getLocalName() + "; is refused: write the character itself",
                at);
            return;
          }
          case XMLStreamConstants.START_ELEMENT -> {
            sawElement = true;
            if (stack.size() > options.maxNestingDepth() + 3) {
              run.error(
                  FileRules.LIMIT_EXCEEDED,
                  "elements are nested deeper than "
                      + (options.maxNestingDepth() + 3)
                      + " (ReadOptions.maxNestingDepth); no codebook is that deep",
                  at);
              return;
            }
            if (stack.isEmpty()) {
              // White space before the root is no event, so the root is placed where its tag ends.
              javax.xml.stream.Location end = r.getLocation();
              at = pack(end.getLineNumber(), end.getColumnNumber());
              namespace = root(run, r, at);
              if (namespace == null) {
                return;
              }
              stack.push(new Frame(El.CODEBOOK, -1, at));
              continue;
            }
            start(run, r, stack, namespace, at);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text(run, r, stack.peek(), at);
          case XMLStreamConstants.END_ELEMENT -> end(run, stack.pop(), at);
          default -> {
            // comments, processing instructions, the document's start and end
          }
        }
      }
      run.stopped = false;
      if (!run.sawCodes) {
        run.warn(QdcRules.EMPTY_ELEMENT, "the codebook has no <Codes>, so no themes", run.rootAt);
      }
    } catch (XMLStreamException e) {
      fail(run, e, sawElement);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing left to read
      }
      if (chars.bad != null) {
        badByte(run, chars.bad);
      }
    }
  }

  /**
   * Decodes strictly, but ends the text at a byte that is not UTF-8 instead of throwing: the JDK's
   * parser would print its own "[Fatal Error]" line to the console. The reader reports the byte.
   */
  private static final class Utf8 extends java.io.Reader {
    private final StrictUtf8Reader in;
    StrictUtf8Reader.@Nullable InvalidUtf8Exception bad;

    Utf8(InputStream in) {
      this.in = new StrictUtf8Reader(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (bad != null) {
        return -1;
      }
      try {
        return in.read(buf, off, len);
      } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
        bad = e;
        return -1;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A byte that is not UTF-8 cut the text short: that is the problem, not what followed. */
  private static void badByte(Run run, StrictUtf8Reader.InvalidUtf8Exception bad) {
    run.found.removeIf(
        d ->
            d.ruleId().equals(QdcRules.MALFORMED_XML)
                || d.ruleId().equals(FileRules.EMPTY_FILE)
                || d.ruleId().equals(QdcRules.EMPTY_ELEMENT));
    run.error(
        FileRules.INVALID_UTF8,
        String.format(
            Locale.ROOT,
            "byte 0x%02X is not UTF-8; the file was probably saved as Windows-1252 or"
                + " Latin-1: save it as UTF-8 and read it again",
            bad.badByte),
        pack(bad.line, bad.column));
    run.stopped = true;
  }

  private void fail(Run run, XMLStreamException e, boolean sawElement) {
    javax.xml.stream.Location l = e.getLocation();
    long at = l == null ? 0 : pack(l.getLineNumber(), l.getColumnNumber());
    String message = parserMessage(e);
    if (!sawElement && message.contains("Premature end of file")) {
      run.error(FileRules.EMPTY_FILE, "the file is empty; a codebook starts with <CodeBook>", at);
      return;
    }
    run.error(
        QdcRules.MALFORMED_XML,
        "the XML is not well-formed: " + message + "; the file may be cut short or hand-edited",
        at);
  }

  /** The parser's own words, without the position it prefixes them with. */
  private static String parserMessage(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    if (i >= 0) {
      m = m.substring(i + "Message: ".length());
    }
    m = m.strip();
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return Texts.quote(m).substring(1, Texts.quote(m).length() - 1);
  }

  /** Checks the root; returns the namespace to read the file in, or null to stop. */
  private @Nullable String root(Run run, XMLStreamReader r, long at) {
    run.rootAt = at;
    String ns = r.getNamespaceURI();
    String name = r.getLocalName();
    if (!name.equals("CodeBook")) {
      String hint =
          name.equals("Project") || PROJECT_NAMESPACE.equals(ns)
              ? "; this is a REFI-QDA project (.qde inside a .qdpx), not a codebook: export the"
                  + " codebook (.qdc) from your QDA tool"
              : "";
      run.error(
          QdcRules.NOT_A_CODEBOOK, "the root element is <" + name + ">, not <CodeBook>" + hint, at);
      return null;
    }
    if (ns == null || ns.isEmpty()) {
      run.error(
          QdcRules.UNKNOWN_NAMESPACE,
          "<CodeBook> has no namespace; a codebook is in xmlns=\"" + NAMESPACE + "\"",
          at);
      ns = "";
    } else if (LEGACY.contains(ns)) {
      run.warn(
          QdcRules.LEGACY_NAMESPACE,
          "the namespace " + ns + " is an old spelling; read as " + NAMESPACE,
          at);
    } else if (!ns.equals(NAMESPACE)) {
      run.error(
          QdcRules.UNKNOWN_NAMESPACE,
          "the namespace "
              + Texts.quote(ns)
              + " is not a REFI-QDA codebook's; expected "
              + NAMESPACE
              + " (or "
              + String.join(" or ", LEGACY)
              + ")",
          at);
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String a = r.getAttributeLocalName(i);
      if (is(r, i, "origin")) {
        run.origin = Texts.optional(value(run, r, i, at));
      } else if (a != null && isPlain(r, i)) {
        unknownAttribute(run, "CodeBook", a, at);
      }
    }
    return ns;
  }

  private void start(Run run, XMLStreamReader r, Deque<Frame> stack, String ns, long at) {
    Frame top = stack.peek();
    String name = r.getLocalName();
    if (top.el == El.SKIP) {
      stack.push(new Frame(El.SKIP, -1, at));
      return;
    }
    top.children++;
    String own = r.getNamespaceURI();
    El el = ns.equals(own == null ? "" : own) ? child(top.el, name) : null;
    if (el == null) {
      String where = top.el == El.CODEBOOK ? "CodeBook" : elementName(top.el);
      run.warn(
          QdcRules.UNKNOWN_ELEMENT,
          "<"
              + Texts.quote(qualified(r)).replace("\"", "")
              + "> inside <"
              + where
              + "> is not part of a REFI-QDA codebook; it and what it holds are skipped",
          at);
      stack.push(new Frame(El.SKIP, -1, at));
      return;
    }
    switch (el) {
      case CODES -> {
        run.sawCodes = true;
        stack.push(new Frame(El.CODES, -1, at));
      }
      case SETS -> {
        run.setsAt = at;
        stack.push(new Frame(El.SETS, -1, at));
      }
      case CODE -> {
        int parent = top.el == El.CODE ? top.index : -1;
        CodeRow row = new CodeRow(at, parent);
        readCode(run, r, row, at);
        run.codes.add(row);
        stack.push(new Frame(El.CODE, run.codes.size() - 1, at));
      }
      case SET -> {
        SetRow row = new SetRow(at);
        readSet(run, r, row, at);
        run.sets.add(row);
        stack.push(new Frame(El.SET, run.sets.size() - 1, at));
      }
      case DESCRIPTION -> {
        StringBuilder b;
        if (top.el == El.CODE) {
          CodeRow row = run.codes.get(top.index);
          b = row.description = open(row.description);
        } else {
          SetRow row = run.sets.get(top.index);
          b = row.description = open(row.description);
        }
        noAttributes(run, r, "Description", at);
        Frame f = new Frame(El.DESCRIPTION, top.index, at);
        f.text = b;
        stack.push(f);
        if (b.length() > options.maxStringLength()) {
          tooLong(run, at);
        }
      }
      case MEMBER -> {
        SetRow set = run.sets.get(top.index);
        String guid = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
          if (is(r, i, "guid")) {
            guid = value(run, r, i, at);
          } else if (isPlain(r, i)) {
            unknownAttribute(run, "MemberCode", r.getAttributeLocalName(i), at);
          }
        }
        if (guid == null || guid.isBlank()) {
          run.error(
              FileRules.MISSING_FIELD,
              "a <MemberCode> of set " + Texts.quote(set.name) + " has no guid naming its code",
              at);
        } else {
          set.members.add(guid);
          set.memberAt.add(at);
        }
        stack.push(new Frame(El.MEMBER, top.index, at));
      }
      default -> throw new AssertionError(el);
    }
  }

  /** A Description that repeats is joined to the first, so nothing is lost. */
  private static StringBuilder open(@Nullable StringBuilder existing) {
    if (existing == null) {
      return new StringBuilder();
    }
    if (existing.length() > 0) {
      existing.append("\n\n");
    }
    return existing;
  }

  private static @Nullable El child(El parent, String name) {
    return switch (parent) {
      case CODEBOOK -> name.equals("Codes") ? El.CODES : name.equals("Sets") ? El.SETS : null;
      case CODES -> name.equals("Code") ? El.CODE : null;
      case SETS -> name.equals("Set") ? El.SET : null;
      case CODE ->
          name.equals("Code") ? El.CODE : name.equals("Description") ? El.DESCRIPTION : null;
      case SET ->
          name.equals("MemberCode")
              ? El.MEMBER
              : name.equals("Description") ? El.DESCRIPTION : null;
      default -> null;
    };
  }

  private static String elementName(El el) {
    return switch (el) {
      case CODEBOOK -> "CodeBook";
      case CODES -> "Codes";
      case SETS -> "Sets";
      case CODE -> "Code";
      case SET -> "Set";
      case DESCRIPTION -> "Description";
      case MEMBER -> "MemberCode";
      case SKIP -> "?";
    };
  }

  private static String qualified(XMLStreamReader r) {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  private void readCode(Run run, XMLStreamReader r, CodeRow row, long at) {
    String codable = null;
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (is(r, i, "guid")) {
        row.guid = value(run, r, i, at);
      } else if (is(r, i, "name")) {
        row.name = value(run, r, i, at);
      } else if (is(r, i, "isCodable")) {
        codable = value(run, r, i, at);
      } else if (is(r, i, "color")) {
        row.color = color(run, value(run, r, i, at), at);
      } else if (isPlain(r, i)) {
        unknownAttribute(run, "Code", r.getAttributeLocalName(i), at);
      }
    }
    String label = row.name.isBlank() ? "at this place" : Texts.quote(row.name);
    if (row.name.isBlank()) {
      run.error(
          FileRules.MISSING_FIELD,
          "a <Code> has no name; give it one (the name becomes the theme's label)",
          at);
    }
    if (codable == null) {
      run.warn(
          QdcRules.MISSING_ATTRIBUTE,
          "code " + label + " has no isCodable; read as true (a code applied to data)",
          at);
    } else {
      switch (codable.strip().toLowerCase(Locale.ROOT)) {
        case "true", "1" -> row.codable = true;
        case "false", "0" -> row.codable = false;
        default ->
            run.error(
                FileRules.INVALID_VALUE,
                "code "
                    + label
                    + " has isCodable="
                    + Texts.quote(codable)
                    + "; it takes true or false",
                at);
      }
    }
  }

  private void readSet(Run run, XMLStreamReader r, SetRow row, long at) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (is(r, i, "guid")) {
        row.guid = value(run, r, i, at);
      } else if (is(r, i, "name")) {
        row.name = value(run, r, i, at);
      } else if (isPlain(r, i)) {
        unknownAttribute(run, "Set", r.getAttributeLocalName(i), at);
      }
    }
    if (row.name.isBlank()) {
      run.error(
          FileRules.MISSING_FIELD,
          "a <Set> has no name; give it one (the name becomes the area's label)",
          at);
    }
  }

  /** Tells whether attribute {@code i} is the plain attribute {@code name}. */
  private static boolean is(XMLStreamReader r, int i, String name) {
    return isPlain(r, i) && name.equals(r.getAttributeLocalName(i));
  }

  /** Attributes in a namespace (xsi:schemaLocation, xml:lang) are not the codebook's own. */
  private static boolean isPlain(XMLStreamReader r, int i) {
    String ns = r.getAttributeNamespace(i);
    return ns == null || ns.isEmpty();
  }

  private String value(Run run, XMLStreamReader r, int i, long at) {
    String v = r.getAttributeValue(i);
    if (v.length() > options.maxStringLength()) {
      tooLong(run, at);
      return v.substring(0, 64);
    }
    return v;
  }

  private void tooLong(Run run, long at) {
    run.error(
        FileRules.LIMIT_EXCEEDED,
        "a text is longer than "
            + options.maxStringLength()
            + " characters (ReadOptions.maxStringLength)",
        at);
  }

  private static void unknownAttribute(Run run, String element, String name, long at) {
    run.warn(
        QdcRules.UNKNOWN_ELEMENT,
        "attribute "
            + Texts.quote(name)
            + " on <"
            + element
            + "> is not part of a REFI-QDA codebook; skipped",
        at);
  }

  private static void noAttributes(Run run, XMLStreamReader r, String element, long at) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (isPlain(r, i)) {
        unknownAttribute(run, element, r.getAttributeLocalName(i), at);
      }
    }
  }

  /** A colour as {@code #RRGGBB}: {@code #RGB} is spelled out, anything else dropped. */
  private static @Nullable String color(Run run, String text, long at) {
    String c = text.strip();
    if (c.isEmpty()) {
      return null;
    }
    if (c.length() == 7 && c.charAt(0) == '#' && hex(c, 1)) {
      return c;
    }
    if (c.length() == 4 && c.charAt(0) == '#' && hex(c, 1)) {
      StringBuilder b = new StringBuilder("#");
      for (int i = 1; i < 4; i++) {
        b.append(c.charAt(i)).append(c.charAt(i));
      }
      return b.toString();
    }
    run.warn(
        QdcRules.UNSUPPORTED_COLOR,
        "colour "
            + Texts.quote(c)
            + " is not #RRGGBB or #RGB (an alpha channel, rgb() or a name); the colour is"
            + " dropped",
        at);
    return null;
  }

  private static boolean hex(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'))) {
        return false;
      }
    }
    return true;
  }

  private void text(Run run, XMLStreamReader r, @Nullable Frame top, long at) {
    if (top == null || top.el == El.SKIP) {
      return;
    }
    if (top.el == El.DESCRIPTION) {
      StringBuilder b = top.text;
      int before = b.length();
      b.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      if (b.length() > options.maxStringLength() && before <= options.maxStringLength()) {
        tooLong(run, at);
      }
      return;
    }
    if (!r.isWhiteSpace()) {
      run.warn(
          QdcRules.UNKNOWN_ELEMENT,
          "text inside <" + elementName(top.el) + "> is not part of a codebook; skipped",
          at);
    }
  }

  private static void end(Run run, Frame frame, long at) {
    if ((frame.el == El.SETS || frame.el == El.CODES) && frame.children == 0) {
      String name = frame.el == El.SETS ? "Sets" : "Codes";
      run.warn(
          QdcRules.EMPTY_ELEMENT,
          "<"
              + name
              + "> is empty, which the schema does not allow; read as no "
              + name.toLowerCase(Locale.ROOT),
          frame.at);
    }
  }

  private static String count(int n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static long pack(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
  }
}
