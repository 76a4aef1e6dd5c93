package org.themetaxonomy.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;

/**
 * Where each element and field of a file was, packed as {@code line << 32 | column} in one array
 * per kind of element, so that a million themes cost a few bytes each rather than an object per
 * field. Elements are recorded in model order; nested ones (areas, evidence) are numbered within
 * their parent through a table of first slots.
 */
public final class Positions implements Locator {
  private final String[] files = new String[Kind.values().length];
  private final long[][] packed = new long[Kind.values().length][];
  private final int[] slots = new int[Kind.values().length];
  private final int[][] firstSlot = new int[Kind.values().length][];
  private final boolean columnNames;

  /**
   * Creates an empty table.
   *
   * @param file the file every element is in, until {@link #file(Kind, String)} says otherwise
   * @param columnNames whether locations carry the field as a CSV column name
   */
  public Positions(String file, boolean columnNames) {
    Arrays.fill(files, file);
    this.columnNames = columnNames;
    for (Kind kind : Kind.values()) {
      packed[kind.ordinal()] = new long[16 * stride(kind)];
      firstSlot[kind.ordinal()] = new int[0];
    }
  }

  /**
   * Names the file a kind of element is in (for a CSV bundle, one file per kind).
   *
   * @param kind the kind
   * @param file the file
   */
  public void file(Kind kind, String file) {
    files[kind.ordinal()] = file;
  }

  /**
   * Returns the file a kind of element is in.
   *
   * @param kind the kind
   * @return the file
   */
  public String fileOf(Kind kind) {
    return files[kind.ordinal()];
  }

  /**
   * Starts the next element of a kind, in model order.
   *
   * @param kind the kind
   * @param parent for areas and evidence, the parent's position; otherwise ignored
   * @param sub for areas and evidence, the position within the parent
   * @param line the line it starts on
   * @param column the column it starts at
   * @return its slot, for {@link #field}
   */
  public int element(Kind kind, int parent, int sub, int line, int column) {
    int k = kind.ordinal();
    int slot = slots[k]++;
    if (nested(kind) && sub == 0) {
      int[] first = firstSlot[k];
      if (parent >= first.length) {
        int old = first.length;
        first = Arrays.copyOf(first, Math.max(parent + 1, old * 2 + 8));
        Arrays.fill(first, old, first.length, -1);
        firstSlot[k] = first;
      }
      first[parent] = slot;
    }
    int stride = stride(kind);
    if ((slot + 1) * stride > packed[k].length) {
      packed[k] = Arrays.copyOf(packed[k], Math.max((slot + 1) * stride, packed[k].length * 2));
    }
    packed[k][slot * stride] = pack(line, column);
    return slot;
  }

  /**
   * Records where a field of an element was.
   *
   * @param kind the kind
   * @param slot the element's slot
   * @param field the field's ordinal in its {@link Schema}
   * @param line its line
   * @param column its column
   */
  public void field(Kind kind, int slot, int field, int line, int column) {
    packed[kind.ordinal()][slot * stride(kind) + 1 + field] = pack(line, column);
  }

  @Override
  public Location locate(Subject subject) {
    Kind kind = subject.kind();
    String file = files[kind.ordinal()];
    int k = kind.ordinal();
    int slot;
    if (kind == Kind.FILE || kind == Kind.TAXONOMY) {
      slot = slots[k] > 0 ? 0 : -1;
    } else if (nested(kind)) {
      int[] first = firstSlot[k];
      int index = subject.index();
      slot =
          index >= 0 && index < first.length && first[index] >= 0
              ? first[index] + subject.subIndex()
              : -1;
    } else {
      slot = subject.index();
    }
    if (slot < 0 || slot >= slots[k]) {
      return new Location(file, 0, 0, null);
    }
    int stride = stride(kind);
    long at = packed[k][slot * stride];
    String field = subject.field();
    @Nullable String column = null;
    if (field != null) {
      int f = kind == Kind.FILE ? -1 : Fields.of(kind).ordinalOf(field);
      if (f >= 0 && packed[k][slot * stride + 1 + f] != 0) {
        at = packed[k][slot * stride + 1 + f];
        // In taxonomy.csv every field is a row, and its value is in the column 'value'.
        column = columnNames ? (kind == Kind.TAXONOMY ? "value" : field) : null;
      }
    }
    return new Location(file, (int) (at >>> 32), (int) at, column);
  }

  private static boolean nested(Kind kind) {
    return kind == Kind.AREA || kind == Kind.EVIDENCE;
  }

  private static int stride(Kind kind) {
    return kind == Kind.FILE ? 1 : Fields.of(kind).size() + 1;
  }

  /**
   * Names an element for a message, so that a reader can find it without the location: {@code
   * themes[12] (line 40)} in JSON, {@code row 40 of themes.csv} in CSV.
   *
   * @param subject the element
   * @return its description
   */
  public String describe(Subject subject) {
    Kind kind = subject.kind();
    if (kind == Kind.FILE) {
      return "the file";
    }
    int line = locate(subject.element()).line();
    if (columnNames) {
      String file = files[kind.ordinal()];
      int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
      String name = file.substring(slash + 1);
      return kind == Kind.TAXONOMY || line <= 0 ? name : "row " + line + " of " + name;
    }
    String path =
        switch (kind) {
          case FILE, TAXONOMY -> "the taxonomy";
          case AREA, EVIDENCE ->
              (kind == Kind.AREA ? Fields.FRAMEWORK : Fields.THEME).list()
                  + "["
                  + subject.index()
                  + "]."
                  + Fields.of(kind).list()
                  + "["
                  + subject.subIndex()
                  + "]";
          default -> Fields.of(kind).list() + "[" + subject.index() + "]";
        };
    return line > 0 && kind != Kind.TAXONOMY ? path + " (line " + line + ")" : path;
  }

  private static long pack(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
  }
}
