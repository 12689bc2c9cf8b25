package dev.aphorist.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Percentiles of a set of latencies, by the nearest-rank method: the p-th percentile is the
 * smallest sample with at least p percent of the samples at or below it (no interpolation, so a
 * reported figure is always a latency that really happened).
 *
 * @param count samples
 * @param p50 median, in nanoseconds
 * @param p90 90th percentile, in nanoseconds
 * @param p99 99th percentile, in nanoseconds
 * @param max the largest sample, in nanoseconds
 */
record LatencyStats(int count, long p50, long p90, long p99, long max) {

  static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0);

  static LatencyStats of(long[] nanos) {
    if (nanos.length == 0) {
      return EMPTY;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile of sorted samples: rank ceil(p/100 * n), counted from 1. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  /** "p50 4.1 ms, p90 ..., max ..." */
  String describe() {
    return String.format(
        Locale.ROOT,
        "n=%d p50 %s p90 %s p99 %s max %s",
        count,
        millis(p50),
        millis(p90),
        millis(p99),
        millis(max));
  }

  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }
}
