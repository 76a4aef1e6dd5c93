package org.themetaxonomy.core.summary;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.themetaxonomy.core.Framework;
import org.themetaxonomy.core.Taxonomy;

/**
 * Everything a view of a taxonomy counts, computed once: the sizes, the crosswalk matrix of each
 * framework, and the use of each source.
 *
 * @param counts the sizes
 * @param matrices the crosswalk matrix of each framework, in model order
 * @param sources what each source backs
 */
public record Summary(Counts counts, ImmutableList<CrosswalkMatrix> matrices, SourceUse sources) {

  /**
   * Copies the matrices.
   *
   * @param counts the sizes
   * @param matrices the crosswalk matrix of each framework, in model order
   * @param sources what each source backs
   */
  public Summary {
    matrices = ImmutableList.copyOf(matrices);
  }

  /**
   * Summarises a taxonomy.
   *
   * @param t the taxonomy
   * @return the summary
   */
  public static Summary of(Taxonomy t) {
    ImmutableList.Builder<CrosswalkMatrix> matrices = ImmutableList.builder();
    for (Framework f : t.frameworks()) {
      matrices.add(CrosswalkMatrix.of(t, f.id()));
    }
    return new Summary(Counts.of(t), matrices.build(), SourceUse.of(t));
  }

  /**
   * Returns the matrix of one framework.
   *
   * @param frameworkId the framework's id
   * @return its matrix, or empty if there is no such framework
   */
  public Optional<CrosswalkMatrix> matrix(String frameworkId) {
    return matrices.stream().filter(m -> m.framework().id().equals(frameworkId)).findFirst();
  }
}
