package org.themetaxonomy.io;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when a file's name says no format that can be read or written, and none was given. */
public final class UnknownFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The path whose format is unknown. */
  private final transient Path path;

  /**
   * Creates the exception.
   *
   * @param path the path
   * @param message what is wrong, listing the formats there are
   */
  public UnknownFormatException(Path path, String message) {
    super(message);
    this.path = path;
  }

  /**
   * Returns the path whose format is unknown.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }
}
