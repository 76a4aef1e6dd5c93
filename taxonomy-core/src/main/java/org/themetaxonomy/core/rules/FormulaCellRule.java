package org.themetaxonomy.core.rules;

import java.util.function.Supplier;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Evidence;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Mapping;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Source;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Warning: text that a spreadsheet would run as a formula, because it starts with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return. The CSV writer protects such a cell with a
 * leading {@code '}, but text like this is usually pasted from a spreadsheet by mistake, and other
 * tools that read the file may not protect it.
 */
public final class FormulaCellRule implements Rule {
  /** The rule's id. */
  public static final String ID = "formula-cell";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.WARNING,
          "Text starting with =, +, -, @, a tab or a carriage return, which a spreadsheet would"
              + " run as a formula.");

  /** Creates the rule. */
  public FormulaCellRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * Tells whether a spreadsheet would treat text as a formula.
   *
   * @param text the text, may be null
   * @return true if it starts with a formula trigger
   */
  public static boolean isFormulaLike(String text) {
    return Texts.startsLikeFormula(text);
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    Supplier<Subject> top = () -> Subject.taxonomy(null);
    check(taxonomy.title(), top, "title", reporter);
    check(taxonomy.description().orElse(null), top, "description", reporter);
    check(taxonomy.version().orElse(null), top, "version", reporter);
    for (int i = 0; i < taxonomy.sources().size(); i++) {
      Source s = taxonomy.sources().get(i);
      int index = i;
      Supplier<Subject> subject = () -> Subject.source(index, s.id());
      check(s.title(), subject, "title", reporter);
      check(s.participants(), subject, "participants", reporter);
      check(s.location(), subject, "location", reporter);
      check(s.url(), subject, "url", reporter);
      check(s.notes(), subject, "notes", reporter);
    }
    for (int f = 0; f < taxonomy.frameworks().size(); f++) {
      Framework fw = taxonomy.frameworks().get(f);
      int fi = f;
      Supplier<Subject> subject = () -> Subject.framework(fi, fw.id());
      check(fw.title(), subject, "title", reporter);
      check(fw.version(), subject, "version", reporter);
      check(fw.description(), subject, "description", reporter);
      check(fw.url(), subject, "url", reporter);
      for (int a = 0; a < fw.areas().size(); a++) {
        Area area = fw.areas().get(a);
        int ai = a;
        Supplier<Subject> as = () -> Subject.area(fi, ai, new AreaRef(fw.id(), area.id()));
        check(area.label(), as, "label", reporter);
        check(area.description(), as, "description", reporter);
      }
    }
    for (int i = 0; i < taxonomy.themes().size(); i++) {
      Theme t = taxonomy.themes().get(i);
      int index = i;
      Supplier<Subject> subject = () -> Subject.theme(index, t.id());
      check(t.label(), subject, "label", reporter);
      check(t.definition(), subject, "definition", reporter);
      for (String alt : t.altLabels()) {
        check(alt, subject, "altLabels", reporter);
      }
      check(t.notes(), subject, "notes", reporter);
      for (int e = 0; e < t.evidence().size(); e++) {
        Evidence ev = t.evidence().get(e);
        int ei = e;
        Supplier<Subject> es = () -> Subject.evidence(index, ei, t.id());
        check(ev.locator(), es, "locator", reporter);
        check(ev.excerpt(), es, "excerpt", reporter);
        check(ev.note(), es, "note", reporter);
      }
    }
    for (int r = 0; r < taxonomy.crosswalk().size(); r++) {
      Mapping m = taxonomy.crosswalk().get(r);
      int row = r;
      check(m.rationale(), () -> Subject.mapping(row), "rationale", reporter);
    }
  }

  /** The subject is narrowed to its field only for a finding: this runs for every text. */
  private static void check(
      String text, Supplier<Subject> element, String field, Reporter reporter) {
    if (isFormulaLike(text)) {
      Subject subject = element.get().field(field);
      reporter.report(
          subject,
          subject
              + " starts with "
              + Texts.quote(text.substring(0, 1))
              + ", so a spreadsheet would run "
              + Texts.quote(text)
              + " as a formula; reword it, or start it with another character");
    }
  }
}
