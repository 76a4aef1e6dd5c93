/**
 * JMH benchmarks of reading, validating, writing and querying taxonomies of 10,000 to 1,000,000
 * themes, each beside a floor measured in the same run: a bare Jackson token scan of the same JSON,
 * and a bare Jackson CSV row scan of the same bundle. {@code bench/run.sh} runs them and prints one
 * table.
 */
package org.themetaxonomy.bench;
