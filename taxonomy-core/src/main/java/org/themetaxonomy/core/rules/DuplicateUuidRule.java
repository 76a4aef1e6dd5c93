package org.themetaxonomy.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.themetaxonomy.core.Area;
import org.themetaxonomy.core.AreaRef;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Rule;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.core.Severity;
import org.themetaxonomy.core.Subject;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.core.Theme;
import org.themetaxonomy.core.internal.Texts;

/**
 * Error: two themes with one {@code uuid}, or two areas with one {@code uuid} (across all
 * frameworks). A uuid is how a QDA project recognises its codes and sets when the codebook comes
 * back; two elements with one would be merged or refused there. UUIDs are compared ignoring case,
 * as RFC 4122 says their text is read. Reported at each repeat, naming the first.
 */
public final class DuplicateUuidRule implements Rule {
  /** The rule's id. */
  public static final String ID = "duplicate-uuid";

  private static final RuleInfo INFO =
      new RuleInfo(ID, Severity.ERROR, "Two themes, or two areas of any frameworks, share a uuid.");

  /** Creates the rule. */
  public DuplicateUuidRule() {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Taxonomy taxonomy, Reporter reporter) {
    List<Theme> themes = taxonomy.themes();
    Map<String, Integer> themeUuids = new HashMap<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      if (theme.uuid() == null) {
        continue;
      }
      Integer first = themeUuids.putIfAbsent(key(theme.uuid()), i);
      if (first != null) {
        reporter.report(
            Subject.theme(i, theme.id()).field("uuid"),
            "theme "
                + Texts.quote(theme.id())
                + " has uuid "
                + Texts.quote(theme.uuid())
                + ", which theme "
                + Texts.quote(themes.get(first).id())
                + " has already; give each theme its own uuid, or leave it out");
      }
    }
    Map<String, AreaRef> areaUuids = new HashMap<>();
    List<Framework> frameworks = taxonomy.frameworks();
    for (int f = 0; f < frameworks.size(); f++) {
      Framework framework = frameworks.get(f);
      for (int a = 0; a < framework.areas().size(); a++) {
        Area area = framework.areas().get(a);
        if (area.uuid() == null) {
          continue;
        }
        AreaRef ref = new AreaRef(framework.id(), area.id());
        AreaRef first = areaUuids.putIfAbsent(key(area.uuid()), ref);
        if (first != null) {
          reporter.report(
              Subject.area(f, a, ref).field("uuid"),
              "area "
                  + ref
                  + " has uuid "
                  + Texts.quote(area.uuid())
                  + ", which area "
                  + first
                  + " has already; give each area its own uuid, or leave it out");
        }
      }
    }
  }

  private static String key(String uuid) {
    return uuid.toLowerCase(Locale.ROOT);
  }
}
