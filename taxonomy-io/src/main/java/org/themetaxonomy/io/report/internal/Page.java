package org.themetaxonomy.io.report.internal;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * Everything the report shows, as text and numbers ready to print.
 *
 * @param title the taxonomy's title, or the file's name when it could not be read
 * @param version the taxonomy's version, or null
 * @param description its description, or null
 * @param file the file's name as the user gave it
 * @param generator the program and version that made the report
 * @param readable whether the file was sound enough to be read as a taxonomy
 * @param counts the header's figures, in order
 * @param tree the themes in tree order, with what closes after each
 * @param heatmap the crosswalk of every framework, or null when the file could not be read
 * @param sources the sources with the themes each backs
 * @param unbacked the themes with no evidence
 * @param findings every finding
 * @param errors the error count
 * @param warnings the warning count
 * @param infos the information count
 */
public record Page(
    String title,
    @Nullable String version,
    @Nullable String description,
    String file,
    String generator,
    boolean readable,
    ImmutableList<Stat> counts,
    ImmutableList<TreeItem> tree,
    @Nullable Heatmap heatmap,
    ImmutableList<SourceItem> sources,
    ImmutableList<Link> unbacked,
    ImmutableList<Finding> findings,
    int errors,
    int warnings,
    int infos) {

  /**
   * Returns the findings' counts as the page says them: {@code 1 error, 2 warnings, 0 information}.
   *
   * @return the counts, with the nouns in the singular where a count is one
   */
  public String findingCounts() {
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + infos
        + " information";
  }

  /**
   * A figure of the header.
   *
   * @param label what is counted
   * @param value the count, formatted
   * @param css a class for the figure, or empty
   */
  public record Stat(String label, String value, String css) {}

  /**
   * A link to a theme's entry.
   *
   * @param anchor the target's id in the page
   * @param label the text of the link
   */
  public record Link(String anchor, String label) {}

  /**
   * An area a theme maps to itself.
   *
   * @param letter the relation's letter, which is also its class in the page
   * @param relation the relation's name
   * @param area the area's label, with its framework's id when there are several
   */
  public record Chip(String letter, String relation, String area) {}

  /**
   * A theme in the tree.
   *
   * @param anchor its id in the page
   * @param depth its depth
   * @param id its id
   * @param label its label
   * @param definition its definition, or null
   * @param altLabels its other labels, joined, or empty
   * @param evidence how many pieces of evidence back it
   * @param areas the areas it maps to itself
   * @param color its colour as #RRGGBB if it has a valid one, or null
   * @param deprecated whether it is deprecated
   * @param branch whether it has children
   * @param open whether its branch starts open
   * @param closeAfter how many enclosing branches end after it
   */
  public record TreeItem(
      String anchor,
      int depth,
      String id,
      String label,
      @Nullable String definition,
      String altLabels,
      int evidence,
      ImmutableList<Chip> areas,
      @Nullable String color,
      boolean deprecated,
      boolean branch,
      boolean open,
      int closeAfter) {

    // The tree nests across items, which a template cannot say with balanced tags; these are the
    // only markup written unescaped, and they are built from constants and integers alone.

    /** Returns the markup that opens the item: its list entry and its branch or leaf box. */
    public String head() {
      String li = "<li id=\"" + anchor.replaceAll("[^a-z0-9-]", "") + "\">";
      if (!branch) {
        return li + "<div class=\"leaf\">";
      }
      return li + (open ? "<details open><summary>" : "<details><summary>");
    }

    /** Returns the markup that ends a branch's summary line, or nothing for a leaf. */
    public String summaryEnd() {
      return branch ? "</summary>" : "";
    }

    /**
     * Returns the markup that opens a branch's children, or ends a leaf and the branches it ends.
     */
    public String tail() {
      return branch ? "<ul>" : "</div></li>" + "</ul></details></li>".repeat(closeAfter);
    }
  }

  /**
   * The crosswalk as one heatmap: the themes in tree order by the areas of every framework, so a
   * theme's label is written once however many frameworks there are.
   *
   * @param frameworks the frameworks, in model order, each a group of columns
   * @param groups the themes by top-level group, in tree order
   * @param collapsed whether the groups start collapsed
   */
  public record Heatmap(
      ImmutableList<FrameworkColumns> frameworks,
      ImmutableList<HeatGroup> groups,
      boolean collapsed) {
    /** Returns the number of area columns. */
    public int columns() {
      return frameworks.stream().mapToInt(f -> f.areas().size()).sum();
    }
  }

  /**
   * One framework's columns.
   *
   * @param anchor its id in the page
   * @param title the framework's title
   * @param id the framework's id
   * @param areas its areas, with their coverage
   * @param reaching how many themes reach the framework
   * @param emptyAreas how many areas no theme reaches
   */
  public record FrameworkColumns(
      String anchor,
      String title,
      String id,
      ImmutableList<HeatArea> areas,
      int reaching,
      int emptyAreas) {}

  /**
   * An area column.
   *
   * @param id the area's id
   * @param label the area's label
   * @param direct the themes mapped to it themselves
   * @param reached the themes reaching it themselves or through a sub-theme
   */
  public record HeatArea(String id, String label, int direct, int reached) {
    /** Tells whether no theme reaches the area. */
    public boolean empty() {
      return reached == 0;
    }
  }

  /**
   * A top-level theme and its descendants: the group head, then the rest.
   *
   * @param anchor the id of the group's body in the page
   * @param rows the rows, the head first
   */
  public record HeatGroup(String anchor, ImmutableList<HeatRow> rows) {}

  /**
   * A theme's row.
   *
   * @param link the theme's entry in the tree
   * @param label the theme's label
   * @param depth its depth
   * @param cells the row's cells as markup, written unescaped: it is made only from constants (the
   *     relations' letters and class names), never from the file's text, and keeps the page small
   *     by leaving out optional end tags
   */
  public record HeatRow(String link, String label, int depth, String cells) {}

  /**
   * A source.
   *
   * @param anchor its id in the page
   * @param id its id
   * @param title its title
   * @param kind its kind
   * @param date its date, or null
   * @param participants who took part, with how many, or null
   * @param location where it happened, or null
   * @param url where it can be read, shown as text, or null
   * @param evidence its pieces of evidence
   * @param themes the themes it backs
   */
  public record SourceItem(
      String anchor,
      String id,
      String title,
      String kind,
      @Nullable String date,
      @Nullable String participants,
      @Nullable String location,
      @Nullable String url,
      int evidence,
      ImmutableList<Link> themes) {}

  /**
   * A finding, as validate shows it.
   *
   * @param severity error, warning or info
   * @param ruleId the rule's id
   * @param message the message
   * @param location {@code file:line:column} with what is known, or empty
   * @param column the CSV column's header, or null
   * @param subject the element concerned, in words
   * @param link where the element is shown in the page, or null
   */
  public record Finding(
      String severity,
      String ruleId,
      String message,
      String location,
      @Nullable String column,
      String subject,
      @Nullable Link link) {}
}
