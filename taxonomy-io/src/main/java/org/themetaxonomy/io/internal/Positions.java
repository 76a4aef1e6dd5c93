package org.themetaxonomy.io.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Location;
import org.themetaxonomy.core.Locator;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Subject.Kind;

/**
 * Where each element and field of a file was, kept compactly so that a million themes cost about
 * 150 bytes of positions rather than an object per field: each element's start as one {@code long}
 * ({@code line << 32 | column}), and each field as one {@code int} relative to that start (see
 * {@link #encode}). Both live in fixed-size chunks, so a growing file never copies its positions
 * into a twice-as-large array. Elements are recorded in model order; nested ones (areas, evidence)
 * are numbered within their parent through a table of first slots.
 */
public final class Positions implements Locator {
  // 2^14 entries a chunk: 128 KiB of starts, 64 KiB of fields; little left unused at the end.
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  // A field's int: 0 when it was not seen; positive, 1 + its column's distance from the element's
  // start column when on the element's first line; negative, with the sign bit, the line's
  // distance in the next LINE_BITS bits and the column itself in the low COLUMN_BITS. Anything
  // else (a line thousands below, a column past a million) is kept whole in the overflow map.
  private static final int LINE_BITS = 11;
  private static final int COLUMN_BITS = 20;
  private static final int OVERFLOW = -1;

  private final String[] files = new String[Kind.values().length];
  private final long[][][] starts = new long[Kind.values().length][][];
  private final int[][][] fields = new int[Kind.values().length][][];
  private final int[] strides = new int[Kind.values().length];
  private final int[] slots = new int[Kind.values().length];
  private final int[][] firstSlot = new int[Kind.values().length][];
  private final Map<Long, Long> overflow = new HashMap<>();
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
      int k = kind.ordinal();
      strides[k] = kind == Kind.FILE ? 0 : Fields.of(kind).size();
      starts[k] = new long[0][];
      fields[k] = new int[0][];
      firstSlot[k] = new int[0];
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
    if (slot >>> CHUNK_BITS >= starts[k].length) {
      starts[k] = Arrays.copyOf(starts[k], starts[k].length + 1);
      starts[k][starts[k].length - 1] = new long[CHUNK];
    }
    starts[k][slot >>> CHUNK_BITS][slot & MASK] = pack(line, column);
    int stride = strides[k];
    long end = (long) (slot + 1) * stride;
    while (end > (long) fields[k].length << CHUNK_BITS) {
      fields[k] = Arrays.copyOf(fields[k], fields[k].length + 1);
      fields[k][fields[k].length - 1] = new int[CHUNK];
    }
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
    int k = kind.ordinal();
    long i = (long) slot * strides[k] + field;
    int code = encode(start(k, slot), line, column);
    if (code == OVERFLOW) {
      overflow.put(((long) k << 56) | i, pack(line, column));
    }
    fields[k][(int) (i >>> CHUNK_BITS)][(int) (i & MASK)] = code;
  }

  /**
   * Encodes a field's position relative to its element's start: positive when on the start's line,
   * negative for a later line within reach, {@link #OVERFLOW} when it must be kept whole.
   */
  static int encode(long start, int line, int column) {
    int startLine = (int) (start >>> 32);
    int startColumn = (int) start;
    line = Math.max(line, 0);
    column = Math.max(column, 0);
    if (line == startLine && column >= startColumn && column - startColumn < Integer.MAX_VALUE) {
      return 1 + (column - startColumn);
    }
    int lines = line - startLine;
    if (lines > 0 && lines < (1 << LINE_BITS) - 1 && column < 1 << COLUMN_BITS) {
      return Integer.MIN_VALUE | (lines << COLUMN_BITS) | column;
    }
    return OVERFLOW;
  }

  /** Decodes what {@link #encode} made, given the element's start; 0 for a field not seen. */
  static long decode(long start, int code) {
    if (code == 0) {
      return 0;
    }
    if (code > 0) {
      return start + (code - 1);
    }
    int lines = (code >>> COLUMN_BITS) & ((1 << LINE_BITS) - 1);
    return pack((int) (start >>> 32) + lines, code & ((1 << COLUMN_BITS) - 1));
  }

  private long start(int k, int slot) {
    return starts[k][slot >>> CHUNK_BITS][slot & MASK];
  }

  private long fieldAt(int k, int slot, int field) {
    long i = (long) slot * strides[k] + field;
    int code = fields[k][(int) (i >>> CHUNK_BITS)][(int) (i & MASK)];
    if (code == OVERFLOW) {
      Long whole = overflow.get(((long) k << 56) | i);
      return whole == null ? 0 : whole;
    }
    return decode(start(k, slot), code);
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
    long at = start(k, slot);
    String field = subject.field();
    @Nullable String column = null;
    if (field != null) {
      int f = kind == Kind.FILE ? -1 : Fields.of(kind).ordinalOf(field);
      long whole = f >= 0 ? fieldAt(k, slot, f) : 0;
      if (whole != 0) {
        at = whole;
        // In taxonomy.csv every field is a row, and its value is in the column 'value'.
        column = columnNames ? (kind == Kind.TAXONOMY ? "value" : field) : null;
      }
    }
    return new Location(file, (int) (at >>> 32), (int) at, column);
  }

  private static boolean nested(Kind kind) {
    return kind == Kind.AREA || kind == Kind.EVIDENCE;
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
