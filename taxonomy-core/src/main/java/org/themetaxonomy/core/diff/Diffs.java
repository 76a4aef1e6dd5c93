package org.themetaxonomy.core.diff;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.rules.LabelFolding;

/**
 * Compares two versions of a taxonomy by id.
 *
 * <p>Themes, sources, frameworks and areas are matched by id, crosswalk rows by theme, framework
 * and area. A theme that becomes deprecated gives exactly one lineage change: {@code theme-split}
 * when {@code replacedBy} names several themes, {@code theme-merged} when it names one that the old
 * version also had, {@code theme-deprecated} otherwise; a deprecated theme whose {@code replacedBy}
 * changes gives one again. A removed theme and an added one whose labels are equal after the
 * folding of the similar-labels rule ({@link LabelFolding}), or whose definitions are identical,
 * also give {@code possible-rename} (at most {@value #RENAME_CANDIDATES} per added theme). The
 * order of items inside a list (alternative labels, evidence, {@code replacedBy}) is not a change.
 *
 * <p>Linear in the size of the two taxonomies: every lookup is by id through the taxonomies' own
 * indexes or a hash map.
 */
public final class Diffs {
  /** At most this many removed themes are named as the old id of one added theme. */
  public static final int RENAME_CANDIDATES = 10;

  private Diffs() {}

  /**
   * Compares two versions.
   *
   * @param oldVersion the old version
   * @param newVersion the new version
   * @return what changed, in the fixed order that {@link TaxonomyDiff} describes
   */
  public static TaxonomyDiff compare(Taxonomy oldVersion, Taxonomy newVersion) {
    return new Comparison(oldVersion, newVersion).run();
  }

  /** One comparison: the changes gathered per kind, each kind's list already in order. */
  private static final class Comparison {
    private final Taxonomy old;
    private final Taxonomy neu;
    private final List<List<Change>> byKind = new ArrayList<>();
    private final List<Theme> added = new ArrayList<>();
    private final List<Theme> removed = new ArrayList<>();

    Comparison(Taxonomy old, Taxonomy neu) {
      this.old = old;
      this.neu = neu;
      for (int i = 0; i < ChangeKind.values().length; i++) {
        byKind.add(new ArrayList<>());
      }
    }

    TaxonomyDiff run() {
      metadata();
      themes();
      renames();
      mappings();
      frameworks();
      sources();
      ImmutableList.Builder<Change> all = ImmutableList.builder();
      for (List<Change> kind : byKind) {
        all.addAll(kind);
      }
      return new TaxonomyDiff(
          new TaxonomyDiff.Side(old.id(), old.version().orElse(null)),
          new TaxonomyDiff.Side(neu.id(), neu.version().orElse(null)),
          all.build());
    }

    private void emit(Change c) {
      byKind.get(c.kind().ordinal()).add(c);
    }

    // ---- the taxonomy's own fields -------------------------------------------------------------

    private void metadata() {
      field(null, "id", old.id(), neu.id());
      field(null, "title", old.title(), neu.title());
      field(null, "version", old.version().orElse(null), neu.version().orElse(null));
      field(null, "description", old.description().orElse(null), neu.description().orElse(null));
      field(null, "language", old.language(), neu.language());
      field(null, "baseUri", old.baseUri().orElse(null), neu.baseUri().orElse(null));
      field(null, "license", old.license().orElse(null), neu.license().orElse(null));
    }

    private void field(
        @Nullable String framework, String name, @Nullable String o, @Nullable String n) {
      if (!Objects.equals(o, n)) {
        emit(new Change.MetadataChanged(framework, name, o, n));
      }
    }

    // ---- themes --------------------------------------------------------------------------------

    private void themes() {
      List<Theme> oldThemes = old.themes();
      BitSet matched = new BitSet(oldThemes.size());
      for (Theme n : neu.themes()) {
        int j = old.indexOf(n.id());
        if (j < 0) {
          added.add(n);
          emit(new Change.ThemeAdded(n.id(), n.label(), n.parent()));
        } else {
          matched.set(j);
          theme(oldThemes.get(j), n);
        }
      }
      for (int j = matched.nextClearBit(0); j < oldThemes.size(); j = matched.nextClearBit(j + 1)) {
        Theme o = oldThemes.get(j);
        removed.add(o);
        emit(new Change.ThemeRemoved(o.id(), o.label()));
      }
    }

    private void theme(Theme o, Theme n) {
      if (o.equals(n)) {
        return; // the common case in a big file: nothing to look at
      }
      String id = n.id();
      String label = n.label();
      if (n.deprecated() && (!o.deprecated() || !sameItems(o.replacedBy(), n.replacedBy()))) {
        emit(lineage(n));
      } else if (o.deprecated() && !n.deprecated()) {
        emit(new Change.ThemeChanged(id, label, "deprecated", "true", "false"));
      }
      if (!o.label().equals(label)) {
        emit(new Change.ThemeRelabeled(id, o.label(), label));
      }
      if (!Objects.equals(o.parent(), n.parent())) {
        emit(new Change.ThemeMoved(id, label, o.parent(), n.parent()));
      }
      if (!Objects.equals(o.definition(), n.definition())) {
        emit(new Change.DefinitionChanged(id, label, o.definition(), n.definition()));
      }
      ListDiff<String> alts = ListDiff.of(o.altLabels(), n.altLabels());
      if (!alts.isEmpty()) {
        emit(new Change.AltLabelsChanged(id, label, alts.added(), alts.removed()));
      }
      ListDiff<Evidence> evidence = ListDiff.of(o.evidence(), n.evidence());
      if (!evidence.isEmpty()) {
        emit(new Change.EvidenceChanged(id, label, evidence.added(), evidence.removed()));
      }
      themeField(id, label, "notes", o.notes(), n.notes());
      themeField(id, label, "color", o.color(), n.color());
      themeField(id, label, "uuid", o.uuid(), n.uuid());
      themeField(id, label, "codable", String.valueOf(o.codable()), String.valueOf(n.codable()));
    }

    /** The one lineage change of a theme that is now deprecated. */
    private Change lineage(Theme n) {
      ImmutableList<String> by = n.replacedBy();
      if (by.size() > 1) {
        return new Change.ThemeSplit(n.id(), n.label(), by);
      }
      if (by.size() == 1 && old.indexOf(by.get(0)) >= 0) {
        return new Change.ThemeMerged(n.id(), n.label(), by);
      }
      return new Change.ThemeDeprecated(n.id(), n.label(), by);
    }

    private void themeField(
        String id, String label, String name, @Nullable String o, @Nullable String n) {
      if (!Objects.equals(o, n)) {
        emit(new Change.ThemeChanged(id, label, name, o, n));
      }
    }

    /** Pairs each added theme with removed ones that look like it, by hashing; never fuzzier. */
    private void renames() {
      if (added.isEmpty() || removed.isEmpty()) {
        return;
      }
      Map<String, List<Integer>> byLabel = new HashMap<>();
      Map<String, List<Integer>> byDefinition = new HashMap<>();
      for (int r = 0; r < removed.size(); r++) {
        Theme o = removed.get(r);
        byLabel.computeIfAbsent(LabelFolding.fold(o.label()), k -> new ArrayList<>()).add(r);
        if (o.definition() != null) {
          byDefinition.computeIfAbsent(o.definition(), k -> new ArrayList<>()).add(r);
        }
      }
      for (Theme n : added) {
        String folded = LabelFolding.fold(n.label());
        TreeSet<Integer> candidates = new TreeSet<>();
        firstOf(byLabel.get(folded), candidates);
        if (n.definition() != null) {
          firstOf(byDefinition.get(n.definition()), candidates);
        }
        int taken = 0;
        for (int r : candidates) {
          if (taken++ == RENAME_CANDIDATES) {
            break;
          }
          Theme o = removed.get(r);
          String reason = LabelFolding.fold(o.label()).equals(folded) ? "label" : "definition";
          emit(new Change.PossibleRename(o.id(), o.label(), n.id(), n.label(), reason));
        }
      }
    }

    private static void firstOf(@Nullable List<Integer> from, TreeSet<Integer> into) {
      if (from != null) {
        into.addAll(from.subList(0, Math.min(from.size(), RENAME_CANDIDATES)));
      }
    }

    // ---- the crosswalk -------------------------------------------------------------------------

    private void mappings() {
      List<Mapping> oldRows = old.crosswalk();
      BitSet matched = new BitSet(oldRows.size());
      RowsOfTheme rows = new RowsOfTheme(old, oldRows);
      for (Mapping n : neu.crosswalk()) {
        int j = rows.match(n, matched);
        if (j < 0) {
          emit(new Change.MappingAdded(n));
          continue;
        }
        matched.set(j);
        Mapping o = oldRows.get(j);
        if (o.equals(n)) {
          continue;
        }
        mappingField(n, "relation", o.relation().code(), n.relation().code());
        mappingField(n, "confidence", number(o.confidence()), number(n.confidence()));
        mappingField(n, "rationale", o.rationale(), n.rationale());
      }
      for (int j = matched.nextClearBit(0); j < oldRows.size(); j = matched.nextClearBit(j + 1)) {
        emit(new Change.MappingRemoved(oldRows.get(j)));
      }
    }

    private void mappingField(Mapping n, String name, @Nullable String o, @Nullable String v) {
      if (!Objects.equals(o, v)) {
        emit(new Change.MappingChanged(n.theme(), n.framework(), n.area(), name, o, v));
      }
    }

    private static @Nullable String number(@Nullable Double d) {
      if (d == null) {
        return null;
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
    }

    // ---- frameworks and areas ------------------------------------------------------------------

    private void frameworks() {
      for (Framework n : neu.frameworks()) {
        Framework o = old.framework(n.id()).orElse(null);
        if (o == null) {
          emit(new Change.FrameworkAdded(n.id(), n.title(), n.areas().size()));
          continue;
        }
        field(n.id(), "title", o.title(), n.title());
        field(n.id(), "version", o.version(), n.version());
        field(n.id(), "description", o.description(), n.description());
        field(n.id(), "url", o.url(), n.url());
        field(n.id(), "baseUri", o.baseUri(), n.baseUri());
        areas(o, n);
      }
      for (Framework o : old.frameworks()) {
        if (neu.framework(o.id()).isEmpty()) {
          boolean mapped = false;
          for (Area a : o.areas()) {
            mapped |= old.isMapped(new AreaRef(o.id(), a.id()));
          }
          emit(new Change.FrameworkRemoved(o.id(), o.title(), o.areas().size(), mapped));
        }
      }
    }

    private void areas(Framework o, Framework n) {
      Map<String, Area> before = new HashMap<>();
      for (Area a : o.areas()) {
        before.putIfAbsent(a.id(), a);
      }
      HashSet<String> kept = new HashSet<>();
      for (Area a : n.areas()) {
        Area b = before.get(a.id());
        if (b == null) {
          emit(new Change.AreaAdded(n.id(), a.id(), a.label()));
          continue;
        }
        kept.add(a.id());
        if (!b.label().equals(a.label())) {
          emit(new Change.AreaRelabeled(n.id(), a.id(), b.label(), a.label()));
        }
        areaField(n, a, "description", b.description(), a.description());
        areaField(n, a, "uuid", b.uuid(), a.uuid());
      }
      for (Area b : o.areas()) {
        if (!kept.contains(b.id())) {
          boolean mapped = old.isMapped(new AreaRef(o.id(), b.id()));
          emit(new Change.AreaRemoved(o.id(), b.id(), b.label(), mapped));
        }
      }
    }

    private void areaField(
        Framework f, Area a, String name, @Nullable String o, @Nullable String n) {
      if (!Objects.equals(o, n)) {
        emit(new Change.AreaChanged(f.id(), a.id(), a.label(), name, o, n));
      }
    }

    // ---- sources -------------------------------------------------------------------------------

    private void sources() {
      for (Source n : neu.sources()) {
        Source o = old.source(n.id()).orElse(null);
        if (o == null) {
          emit(new Change.SourceAdded(n.id(), n.title()));
          continue;
        }
        if (o.equals(n)) {
          continue;
        }
        sourceField(n, "title", o.title(), n.title());
        sourceField(n, "kind", o.kind().code(), n.kind().code());
        sourceField(n, "date", o.date(), n.date());
        sourceField(n, "participants", o.participants(), n.participants());
        sourceField(
            n,
            "participantCount",
            o.participantCount() == null ? null : o.participantCount().toString(),
            n.participantCount() == null ? null : n.participantCount().toString());
        sourceField(n, "location", o.location(), n.location());
        sourceField(n, "url", o.url(), n.url());
        sourceField(n, "notes", o.notes(), n.notes());
      }
      for (Source o : old.sources()) {
        if (neu.source(o.id()).isEmpty()) {
          emit(new Change.SourceRemoved(o.id(), o.title()));
        }
      }
    }

    private void sourceField(Source s, String name, @Nullable String o, @Nullable String n) {
      if (!Objects.equals(o, n)) {
        emit(new Change.SourceChanged(s.id(), s.title(), name, o, n));
      }
    }
  }

  /** True if two lists hold the same items, each as often, in any order. */
  static <T> boolean sameItems(List<T> a, List<T> b) {
    return a.equals(b) || ListDiff.of(a, b).isEmpty();
  }

  /**
   * The items of a new list that the old one lacks and the reverse, counted as multisets, so that
   * order is no change: added in the new list's order, removed in the old list's order.
   */
  record ListDiff<T>(ImmutableList<T> added, ImmutableList<T> removed) {
    static <T> ListDiff<T> of(List<T> old, List<T> neu) {
      if (old.equals(neu)) {
        return new ListDiff<>(ImmutableList.of(), ImmutableList.of());
      }
      Map<T, Integer> left = new HashMap<>();
      for (T t : old) {
        left.merge(t, 1, Integer::sum);
      }
      ImmutableList.Builder<T> added = ImmutableList.builder();
      for (T t : neu) {
        Integer n = left.get(t);
        if (n == null || n == 0) {
          added.add(t);
        } else {
          left.put(t, n - 1);
        }
      }
      ImmutableList.Builder<T> removed = ImmutableList.builder();
      for (T t : old) {
        Integer n = left.get(t);
        if (n != null && n > 0) {
          removed.add(t);
          left.put(t, n - 1);
        }
      }
      return new ListDiff<>(added.build(), removed.build());
    }

    boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty();
    }
  }

  /**
   * Finds a new crosswalk row's old row through the old taxonomy's rows-by-theme index. A file
   * usually keeps a theme's rows together, so the last theme's rows are kept; a theme with many
   * rows gets a map of them so that matching stays linear.
   */
  private static final class RowsOfTheme {
    private static final int SCAN = 16;
    private final Taxonomy old;
    private final List<Mapping> oldRows;
    private @Nullable String theme;
    private int[] rows = new int[0];
    private @Nullable Map<AreaRef, List<Integer>> byArea;

    RowsOfTheme(Taxonomy old, List<Mapping> oldRows) {
      this.old = old;
      this.oldRows = oldRows;
    }

    /** Returns the first old row of the same theme and area not matched yet, or -1. */
    int match(Mapping n, BitSet matched) {
      if (!n.theme().equals(theme)) {
        theme = n.theme();
        rows = old.indexOf(theme) < 0 ? new int[0] : old.mappingRowsOf(theme);
        byArea = null;
        if (rows.length > SCAN) {
          Map<AreaRef, List<Integer>> map = new HashMap<>();
          for (int r : rows) {
            map.computeIfAbsent(oldRows.get(r).areaRef(), k -> new ArrayList<>(1)).add(r);
          }
          byArea = map;
        }
      }
      if (byArea != null) {
        List<Integer> candidates = byArea.get(n.areaRef());
        if (candidates != null) {
          for (int r : candidates) {
            if (!matched.get(r)) {
              return r;
            }
          }
        }
        return -1;
      }
      for (int r : rows) {
        Mapping o = oldRows.get(r);
        if (!matched.get(r) && o.area().equals(n.area()) && o.framework().equals(n.framework())) {
          return r;
        }
      }
      return -1;
    }
  }
}
