package org.themetaxonomy.core.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * The crosswalk over dense positions: each row's theme and area, and the rows of each theme and of
 * each area, in model order. Rows by theme and by area are kept as compressed sparse rows, as in
 * {@link Hierarchy}. Areas are counted by their {@link AreaTable} ordinal.
 */
public final class CrosswalkIndex {
  private final int[] rowTheme; // theme position of each row
  private final int[] rowArea; // area ordinal of each row
  private final int[] themeRowStart; // rows by theme
  private final int[] themeRowList;
  private final int[] areaRowStart; // rows by area ordinal
  private final int[] areaRowList;

  private CrosswalkIndex(
      int[] rowTheme,
      int[] rowArea,
      int[] themeRowStart,
      int[] themeRowList,
      int[] areaRowStart,
      int[] areaRowList) {
    this.rowTheme = rowTheme;
    this.rowArea = rowArea;
    this.themeRowStart = themeRowStart;
    this.themeRowList = themeRowList;
    this.areaRowStart = areaRowStart;
    this.areaRowList = areaRowList;
  }

  /**
   * Builds the index; the arrays are kept, not copied.
   *
   * @param rowTheme each row's theme position, all resolved
   * @param rowArea each row's area ordinal, all resolved
   * @param themeCount how many themes
   * @param areaCount how many areas in all frameworks
   * @return the index
   */
  static CrosswalkIndex build(int[] rowTheme, int[] rowArea, int themeCount, int areaCount) {
    int rows = rowTheme.length;
    int[] perTheme = new int[themeCount + 1];
    int[] perArea = new int[areaCount + 1];
    for (int i = 0; i < rows; i++) {
      perTheme[rowTheme[i]]++;
      perArea[rowArea[i]]++;
    }
    int[] themeRowStart = Hierarchy.prefixSums(perTheme);
    int[] areaRowStart = Hierarchy.prefixSums(perArea);
    int[] themeRowList = new int[rows];
    int[] areaRowList = new int[rows];
    int[] themeFill = Arrays.copyOf(themeRowStart, themeCount);
    int[] areaFill = Arrays.copyOf(areaRowStart, areaCount);
    for (int i = 0; i < rows; i++) {
      themeRowList[themeFill[rowTheme[i]]++] = i;
      areaRowList[areaFill[rowArea[i]]++] = i;
    }
    return new CrosswalkIndex(
        rowTheme, rowArea, themeRowStart, themeRowList, areaRowStart, areaRowList);
  }

  /**
   * Returns a row's theme.
   *
   * @param row the row's position
   * @return the theme's position
   */
  public int themeOf(int row) {
    return rowTheme[row];
  }

  /**
   * Returns how many rows a theme has.
   *
   * @param t the theme's position
   * @return the number of its own rows
   */
  public int rowCountOfTheme(int t) {
    return themeRowStart[t + 1] - themeRowStart[t];
  }

  /**
   * Returns a theme's rows.
   *
   * @param t the theme's position
   * @return a fresh array of row positions, in model order
   */
  public int[] rowsOfTheme(int t) {
    return Arrays.copyOfRange(themeRowList, themeRowStart[t], themeRowStart[t + 1]);
  }

  /**
   * Visits a theme's rows.
   *
   * @param t the theme's position
   * @param action receives each row's position, in model order
   */
  public void forEachRowOfTheme(int t, IntConsumer action) {
    for (int r = themeRowStart[t]; r < themeRowStart[t + 1]; r++) {
      action.accept(themeRowList[r]);
    }
  }

  /**
   * Returns how many rows map to an area.
   *
   * @param area the area's ordinal
   * @return the number of rows
   */
  public int rowCountOfArea(int area) {
    return areaRowStart[area + 1] - areaRowStart[area];
  }

  /**
   * Visits the rows of an area.
   *
   * @param area the area's ordinal
   * @param action receives each row's position, in model order
   */
  public void forEachRowOfArea(int area, IntConsumer action) {
    for (int r = areaRowStart[area]; r < areaRowStart[area + 1]; r++) {
      action.accept(areaRowList[r]);
    }
  }

  /**
   * Finds the themes with a row of their own to an area within a range of ordinals.
   *
   * @param fromArea the first ordinal
   * @param toArea the ordinal after the last
   * @param themeCount how many themes
   * @return the themes' positions
   */
  public BitSet themesMappedTo(int fromArea, int toArea, int themeCount) {
    BitSet mapped = new BitSet(themeCount);
    for (int r = 0; r < rowArea.length; r++) {
      int a = rowArea[r];
      if (a >= fromArea && a < toArea) {
        mapped.set(rowTheme[r]);
      }
    }
    return mapped;
  }
}
