package org.themetaxonomy.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.internal.Texts;

/**
 * Where evidence comes from: a focus group, an interview, a report.
 *
 * @param id the source's id
 * @param title a human title
 * @param kind what kind of source it is
 * @param date when it happened, ISO 8601 {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param participants who took part, as text
 * @param participantCount how many took part, at least 0
 * @param location where it happened
 * @param url where it can be read
 * @param notes anything else
 */
public record Source(
    String id,
    String title,
    SourceKind kind,
    @Nullable String date,
    @Nullable String participants,
    @Nullable Integer participantCount,
    @Nullable String location,
    @Nullable String url,
    @Nullable String notes) {

  /**
   * Checks the arguments; blank optional text becomes null.
   *
   * @param id the source's id
   * @param title a human title; may not be blank
   * @param kind what kind of source it is
   * @param date when it happened, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
   * @param participants who took part, as text, or null
   * @param participantCount how many took part, or null if not stated
   * @param location where it happened, or null
   * @param url where it can be read, or null
   * @param notes anything else, or null
   * @throws IllegalArgumentException if the id is not a valid id, the title is blank, the date is
   *     not a valid partial date, or the participant count is negative
   * @throws NullPointerException if the kind is null
   */
  public Source {
    Ids.require(id, "source id");
    Texts.required(title, "source title");
    requireNonNull(kind, "kind");
    date = Texts.optional(date);
    checkArgument(
        date == null || PartialDates.isValid(date), "date %s is not YYYY[-MM[-DD]]", date);
    participants = Texts.optional(participants);
    checkArgument(
        participantCount == null || participantCount >= 0, "participantCount is negative");
    location = Texts.optional(location);
    url = Texts.optional(url);
    notes = Texts.optional(notes);
  }

  /**
   * Creates a source with only the required fields.
   *
   * @param id the id
   * @param title the title
   * @param kind the kind
   * @return the source
   */
  public static Source of(String id, String title, SourceKind kind) {
    return new Source(id, title, kind, null, null, null, null, null, null);
  }
}
