package org.themetaxonomy.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import org.themetaxonomy.core.Diagnostic;
import org.themetaxonomy.core.Taxonomy;
import org.themetaxonomy.io.Format;
import org.themetaxonomy.io.Progress;
import org.themetaxonomy.io.ReadOptions;
import org.themetaxonomy.io.ReadResult;
import org.themetaxonomy.io.internal.AtomicWrite;
import org.themetaxonomy.io.internal.Parsers;

/**
 * The CSV bundle: a folder of UTF-8 CSV files matched to columns by header; a lone {@code .csv}
 * file is read as the bundle's {@code themes.csv}. Read and written losslessly.
 */
public final class CsvFormat implements Format {
  /** The one instance. */
  public static final CsvFormat INSTANCE = new CsvFormat();

  private final CsvReader standard = new CsvReader(new Parsers(ReadOptions.DEFAULTS));

  private CsvFormat() {}

  @Override
  public String code() {
    return "csv";
  }

  @Override
  public String title() {
    return "CSV bundle";
  }

  @Override
  public ImmutableList<String> suffixes() {
    return ImmutableList.of(".csv");
  }

  @Override
  public boolean isFolder() {
    return true;
  }

  @Override
  public boolean canRead() {
    return true;
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public ReadResult read(Path path, ReadOptions options, Progress progress) throws IOException {
    CsvReader reader =
        options.equals(ReadOptions.DEFAULTS) ? standard : new CsvReader(new Parsers(options));
    return reader.read(path, path.toString(), progress);
  }

  @Override
  public ImmutableList<Diagnostic> write(Taxonomy taxonomy, Path target, boolean overwrite)
      throws IOException {
    AtomicWrite.folder(target, overwrite, folder -> CsvWriter.write(taxonomy, folder));
    return ImmutableList.of();
  }
}
