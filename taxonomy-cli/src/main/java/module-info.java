/** The {@code taxonomy} command line; runs from its shaded jar on the class path. */
module org.themetaxonomy.cli {
  requires org.themetaxonomy.io;
  requires info.picocli;
  requires com.fasterxml.jackson.core;

  // picocli reads the commands' annotations and sets their fields reflectively.
  opens org.themetaxonomy.cli to
      info.picocli;
}
