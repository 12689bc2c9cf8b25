package dev.aphorist.schedule;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One delivery benchmark run, and what both delivery benchmarks share: their arguments, their
 * PostgreSQL server and the table they print for docs/benchmarks.md.
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

  /** {@code [mode] [subscriptions] [limit per second]}, defaults all, 10,000 and 50. */
  record Args(String mode, int subscriptions, int limit) {
    /** The arguments; a mode other than "all" or one of {@code modes} is refused, naming them. */
    static Args parse(String[] args, String... modes) {
      String mode = args.length > 0 ? args[0] : "all";
      if (!mode.equals("all") && !List.of(modes).contains(mode)) {
        throw new IllegalArgumentException(
            "unknown mode " + mode + ": one of all, " + String.join(", ", modes));
      }
      return new Args(
          mode,
          args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
          args.length > 2 ? Integer.parseInt(args[2]) : 50);
    }

    boolean runs(String... modes) {
      return mode.equals("all") || List.of(modes).contains(mode);
    }
  }

  /** An embedded PostgreSQL with room for several processes' connection pools. */
  static EmbeddedPostgres startPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setServerConfig("max_connections", "200")
        .setOverrideWorkingDirectory(
            Files.createDirectories(Path.of("target", "bench-pg")).toFile())
        .start();
  }

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
