package org.themetaxonomy.cli;

import com.google.common.collect.ImmutableList;
import org.themetaxonomy.core.RuleInfo;
import org.themetaxonomy.io.FileRules;
import org.themetaxonomy.io.qdc.QdcRules;

/** The rules that reading a file applies, whatever the format: they cannot be switched off. */
final class Rules {
  /** Every rule a reader reports, in the order they are listed. */
  static final ImmutableList<RuleInfo> READING =
      ImmutableList.<RuleInfo>builder().addAll(FileRules.ALL).addAll(QdcRules.ALL).build();

  private Rules() {}

  static boolean fileRule(String id) {
    return READING.stream().anyMatch(r -> r.id().equals(id));
  }
}
