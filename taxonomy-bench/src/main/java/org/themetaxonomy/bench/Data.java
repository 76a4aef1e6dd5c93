package org.themetaxonomy.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the generated files are: {@code bench-data/t<N>.json} and the bundle {@code t<N>/}. */
final class Data {
  private Data() {}

  static Path folder() {
    return Path.of(System.getProperty("bench.data", "bench-data")).toAbsolutePath();
  }

  static Path json(int themes) {
    return existing(folder().resolve("t" + themes + ".json"));
  }

  static Path bundle(int themes) {
    return existing(folder().resolve("t" + themes));
  }

  private static Path existing(Path p) {
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " is missing; run bench/generate.sh first");
    }
    return p;
  }
}
