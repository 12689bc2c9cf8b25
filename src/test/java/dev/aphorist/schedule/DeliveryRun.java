package dev.aphorist.schedule;

import java.util.List;
import java.util.Locale;

/**
 * One delivery benchmark run, and the table both delivery benchmarks print in docs/benchmarks.md.
 */
record DeliveryRun(
    String mode,
    int subscriptions,
    int limit,
    double seconds,
    int duplicates,
    int missing,
    int rejections,
    int requests) {

  /** Seconds the rate limit alone needs: subscriptions / limit. */
  double floorSeconds() {
    return (double) subscriptions / limit;
  }

  static void printTable(List<DeliveryRun> runs) {
    System.out.println();
    System.out.println(
        "| run | subscriptions | limit/s | time to all delivered | floor | ratio | duplicates |"
            + " missing | 429s | requests |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (DeliveryRun r : runs) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.1f s | %.0f s | %.3f | %d | %d | %d | %d |%n",
          r.mode(),
          r.subscriptions(),
          r.limit(),
          r.seconds(),
          r.floorSeconds(),
          r.seconds() / r.floorSeconds(),
          r.duplicates(),
          r.missing(),
          r.rejections(),
          r.requests());
    }
  }
}
