package org.themetaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * A theme drawn from the sources.
 *
 * @param id the theme's id
 * @param label its name
 * @param parent the id of its parent theme, or null for a top-level theme
 * @param definition what it means, in the analyst's words
 * @param altLabels other names an analyst might search for
 * @param evidence what supports it
 * @param notes anything else
 * @param deprecated true for a theme kept only so that old references resolve
 * @param replacedBy the themes that replace a deprecated theme: one when it was replaced by or
 *     merged into another, several when it was split
 * @param color its colour as {@code #RRGGBB}, as a QDA codebook keeps it, or null
 * @param uuid the guid of its QDA code (RFC 4122 text form), or null
 * @param codable false for a grouping theme that is never applied to data
 */
public record Theme(
    String id,
    String label,
    @Nullable String parent,
    @Nullable String definition,
    ImmutableList<String> altLabels,
    ImmutableList<Evidence> evidence,
    @Nullable String notes,
    boolean deprecated,
    ImmutableList<String> replacedBy,
    @Nullable String color,
    @Nullable String uuid,
    boolean codable) {

  /**
   * Checks the arguments, copies the lists; blank optional text becomes null. References to other
   * themes ({@code parent}, {@code replacedBy}) are only checked to be ids here: one that names no
   * theme is a structural or reference error that the build or the validator reports.
   *
   * @param id the theme's id
   * @param label its name; may not be blank
   * @param parent the id of its parent theme, or null for a top-level theme
   * @param definition what it means, or null
   * @param altLabels other names, none blank; empty if there are none
   * @param evidence what supports it; empty if nothing does
   * @param notes anything else, or null
   * @param deprecated true for a theme kept only so that old references resolve
   * @param replacedBy the ids of the themes that replace it; empty if none
   * @param color its colour as {@code #RRGGBB}, or null
   * @param uuid the guid of its QDA code in RFC 4122 text form (any case, no braces), or null
   * @param codable false for a grouping theme that is never applied to data
   * @throws IllegalArgumentException if an id, the parent or a {@code replacedBy} entry is not a
   *     valid id, the label or an alternative label is blank, the colour is not {@code #RRGGBB}, or
   *     the uuid is not a UUID
   */
  public Theme {
    Ids.require(id, "theme id");
    Texts.required(label, "theme label");
    parent = Texts.optional(parent);
    if (parent != null) {
      Ids.require(parent, "parent");
    }
    definition = Texts.optional(definition);
    altLabels = ImmutableList.copyOf(altLabels);
    for (String alt : altLabels) {
      Texts.required(alt, "an altLabel");
    }
    evidence = ImmutableList.copyOf(evidence);
    notes = Texts.optional(notes);
    replacedBy = ImmutableList.copyOf(replacedBy);
    for (String r : replacedBy) {
      Ids.require(r, "replacedBy");
    }
    color = Texts.optional(color);
    if (color != null && !ValueSyntax.isColor(color)) {
      throw new IllegalArgumentException(
          "colour " + Texts.quote(color) + " is not written #RRGGBB");
    }
    uuid = Texts.optional(uuid);
    if (uuid != null && !ValueSyntax.isUuid(uuid)) {
      throw new IllegalArgumentException("uuid " + Texts.quote(uuid) + " is not a UUID");
    }
  }

  /**
   * Creates a live, codable theme with none of the part-two fields.
   *
   * @param id the theme's id
   * @param label its name
   * @param parent the id of its parent theme, or null
   * @param definition what it means
   * @param altLabels other names
   * @param evidence what supports it
   * @param notes anything else
   */
  public Theme(
      String id,
      String label,
      @Nullable String parent,
      @Nullable String definition,
      ImmutableList<String> altLabels,
      ImmutableList<Evidence> evidence,
      @Nullable String notes) {
    this(
        id,
        label,
        parent,
        definition,
        altLabels,
        evidence,
        notes,
        false,
        ImmutableList.of(),
        null,
        null,
        true);
  }

  /**
   * Starts a theme.
   *
   * @param id the id
   * @param label the label
   * @return a builder
   */
  public static Builder builder(String id, String label) {
    return new Builder(id, label);
  }

  /** {@return a builder holding this theme's values, to derive a changed copy} */
  public Builder toBuilder() {
    Builder b =
        new Builder(id, label)
            .parent(parent)
            .definition(definition)
            .notes(notes)
            .deprecated(deprecated)
            .color(color)
            .uuid(uuid)
            .codable(codable);
    b.altLabels.addAll(altLabels);
    b.evidence.addAll(evidence);
    b.replacedBy.addAll(replacedBy);
    return b;
  }

  /** Builds a {@link Theme}; not thread-safe. */
  public static final class Builder {
    private String id;
    private String label;
    private @Nullable String parent;
    private @Nullable String definition;
    private final ImmutableList.Builder<String> altLabels = ImmutableList.builder();
    private final ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    private @Nullable String notes;
    private boolean deprecated;
    private final ImmutableList.Builder<String> replacedBy = ImmutableList.builder();
    private @Nullable String color;
    private @Nullable String uuid;
    private boolean codable = true;

    private Builder(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the label.
     *
     * @param label the label
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * Sets the parent.
     *
     * @param parent the parent's id, or null for a top-level theme
     * @return this builder
     */
    public Builder parent(@Nullable String parent) {
      this.parent = parent;
      return this;
    }

    /**
     * Sets the definition.
     *
     * @param definition the definition, or null
     * @return this builder
     */
    public Builder definition(@Nullable String definition) {
      this.definition = definition;
      return this;
    }

    /**
     * Adds alternative labels.
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder altLabels(String... labels) {
      altLabels.add(labels);
      return this;
    }

    /**
     * Adds evidence.
     *
     * @param items the evidence
     * @return this builder
     */
    public Builder evidence(Evidence... items) {
      evidence.add(items);
      return this;
    }

    /**
     * Adds evidence.
     *
     * @param items the evidence
     * @return this builder
     */
    public Builder evidence(List<Evidence> items) {
      evidence.addAll(items);
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes the notes, or null
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Marks the theme deprecated, or live.
     *
     * @param deprecated true if it is kept only so that old references resolve
     * @return this builder
     */
    public Builder deprecated(boolean deprecated) {
      this.deprecated = deprecated;
      return this;
    }

    /**
     * Adds the ids of themes that replace this one.
     *
     * @param ids theme ids
     * @return this builder
     */
    public Builder replacedBy(String... ids) {
      replacedBy.add(ids);
      return this;
    }

    /**
     * Sets the colour.
     *
     * @param color {@code #RRGGBB}, or null
     * @return this builder
     */
    public Builder color(@Nullable String color) {
      this.color = color;
      return this;
    }

    /**
     * Sets the QDA guid.
     *
     * @param uuid a UUID in its text form, or null
     * @return this builder
     */
    public Builder uuid(@Nullable String uuid) {
      this.uuid = uuid;
      return this;
    }

    /**
     * Sets whether the theme is applied to data.
     *
     * @param codable false for a grouping theme
     * @return this builder
     */
    public Builder codable(boolean codable) {
      this.codable = codable;
      return this;
    }

    /**
     * Builds the theme.
     *
     * @return the theme
     * @throws IllegalArgumentException if a value is not valid
     */
    public Theme build() {
      return new Theme(
          id,
          label,
          parent,
          definition,
          altLabels.build(),
          evidence.build(),
          notes,
          deprecated,
          replacedBy.build(),
          color,
          uuid,
          codable);
    }
  }
}
