package org.themetaxonomy.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way files are written: into a temporary file or folder beside the target, then moved into
 * place. A failure leaves the target as it was and removes the temporary.
 */
public final class AtomicWrite {
  /** Writes a file's content. */
  @FunctionalInterface
  public interface FileContent {
    /**
     * Writes the content.
     *
     * @param out where to; closed by the caller
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
  }

  /** Writes a folder's content. */
  @FunctionalInterface
  public interface FolderContent {
    /**
     * Writes the content.
     *
     * @param folder an empty folder
     * @throws IOException if writing fails
     */
    void write(Path folder) throws IOException;
  }

  private AtomicWrite() {}

  /**
   * Writes a file atomically.
   *
   * @param target the file
   * @param overwrite whether an existing file may be replaced
   * @param content what to write
   * @throws FileAlreadyExistsException if the target exists and may not be replaced
   * @throws IOException if writing fails; the target is then unchanged
   */
  public static void file(Path target, boolean overwrite, FileContent content) throws IOException {
    Path dir = parent(target);
    refuse(target, overwrite);
    Path tmp = Files.createFile(temporary(dir, target));
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.write(out);
      }
      move(tmp, target, overwrite);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Writes a folder atomically: the new folder replaces the old one in two renames.
   *
   * @param target the folder
   * @param overwrite whether an existing folder may be replaced
   * @param content what to write
   * @throws FileAlreadyExistsException if the target exists and may not be replaced
   * @throws IOException if writing fails; the target is then unchanged
   */
  public static void folder(Path target, boolean overwrite, FolderContent content)
      throws IOException {
    Path dir = parent(target);
    refuse(target, overwrite);
    Path tmp = Files.createDirectory(temporary(dir, target));
    Path old = null;
    try {
      content.write(tmp);
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(target)) {
          throw new FileAlreadyExistsException(
              target.toString(), null, "exists and is not a folder");
        }
        old = dir.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, old);
      }
      try {
        Files.move(tmp, target);
      } catch (IOException e) {
        if (old != null) {
          Files.move(old, target); // put the old folder back
          old = null;
        }
        throw e;
      }
    } finally {
      deleteTree(tmp);
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  /**
   * A fresh name beside the target. Not Files.createTemp*, which makes owner-only files: the output
   * should get the same permissions as any file the user creates.
   */
  private static Path temporary(Path dir, Path target) {
    return dir.resolve(
        "." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private static Path parent(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(
          String.valueOf(dir), null, "the folder to write into does not exist");
    }
    return dir;
  }

  private static void refuse(Path target, boolean overwrite) throws IOException {
    if (!overwrite && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
  }

  private static void move(Path tmp, Path target, boolean overwrite) throws IOException {
    try {
      if (overwrite) {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // No REPLACE_EXISTING: a file that appeared meanwhile is not clobbered.
        Files.move(tmp, target);
      }
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
