package org.themetaxonomy.core;

/** A small hand-made taxonomy that breaks no rule, to change one thing at a time in tests. */
final class Fixtures {
  private Fixtures() {}

  /**
   * The clean taxonomy: two top-level groups, three themes under them, one sub-theme; every area
   * and source used.
   *
   * <pre>
   * capacity            -> fw/lead (broad)
   *   funding           -> fw/access (close)
   *     chapter-70      -> fw/policy (narrow)
   *   staffing          -> fw/pd (related)
   * partnering          -> fw/family (exact)
   * </pre>
   */
  static Taxonomy.Builder clean() {
    return Taxonomy.builder("demo", "Demo taxonomy")
        .addSource(Source.of("fg-2017", "Summer focus group", SourceKind.FOCUS_GROUP))
        .addSource(Source.of("mtg-2019", "Executive committee meeting", SourceKind.MEETING))
        .addFramework(
            Framework.of(
                "fw",
                "Framework",
                java.util.List.of(
                    Area.of("lead", "Leadership"),
                    Area.of("pd", "Professional development"),
                    Area.of("access", "Access to resources"),
                    Area.of("policy", "Policies and protocols"),
                    Area.of("family", "Collaboration with families"))))
        .addTheme(theme("capacity", "Building capacity", null, "fg-2017"))
        .addTheme(theme("funding", "Sustainable funding", "capacity", "fg-2017"))
        .addTheme(theme("chapter-70", "Chapter 70 formula updates", "funding", "mtg-2019"))
        .addTheme(theme("staffing", "Staff positions", "capacity", "fg-2017"))
        .addTheme(theme("partnering", "Partnering with agencies", null, "mtg-2019"))
        .addMapping(Mapping.of("capacity", "fw", "lead", Relation.BROAD))
        .addMapping(Mapping.of("funding", "fw", "access", Relation.CLOSE))
        .addMapping(Mapping.of("chapter-70", "fw", "policy", Relation.NARROW))
        .addMapping(Mapping.of("staffing", "fw", "pd", Relation.RELATED))
        .addMapping(Mapping.of("partnering", "fw", "family", Relation.EXACT));
  }

  static Theme theme(String id, String label, String parent, String source) {
    return Theme.builder(id, label)
        .parent(parent)
        .definition("What " + label.toLowerCase(java.util.Locale.ROOT) + " covers.")
        .evidence(Evidence.of(source, "Key themes"))
        .build();
  }
}
