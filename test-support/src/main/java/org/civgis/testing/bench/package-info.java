/**
 * The shared measuring harness of the benchmarks under {@code bench/}: {@link
 * org.civgis.testing.bench.Bench} warms both sides, alternates their rounds, checks that each side
 * keeps its answer, and prints medians, spreads, ratios and the load average as a Markdown table;
 * {@link org.civgis.testing.bench.Http} is the lean keep-alive client they time HTTP with.
 */
package org.civgis.testing.bench;
