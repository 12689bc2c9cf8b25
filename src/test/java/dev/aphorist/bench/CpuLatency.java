package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.InMemoryRotationStore;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.search.QuoteIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Latency percentiles in CPU time of the measuring thread, beside wall time. On a shared machine
 * wall-clock percentiles mostly measure how often the process was descheduled; the thread's CPU
 * time measures the work itself. Usage: {@code CpuLatency [size...]} (default 1000 100000 1000000).
 */
public final class CpuLatency {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int OPERATIONS = 4096;
  private static final int WARMUP_ROUNDS = 5;

  private CpuLatency() {}

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 100_000, 1_000_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    CorpusGenerator generator = BenchmarkCorpora.generator();
    System.out.printf(
        "vocabulary: %s, load average at start: %s%n", generator.vocabularySource(), load());
    System.out.printf(
        "%-10s %-16s %10s %10s %10s %10s %10s%n",
        "quotes", "operation", "cpu p50", "cpu p99", "wall p50", "wall p99", "ops");
    for (int size : sizes) {
      Corpus corpus = generator.generate(size, BenchmarkCorpora.CORPUS_SEED);
      QuoteIndex index = QuoteIndex.build(corpus);
      // A second build, warm; its CPU time is the whole process's (merges and GC included).
      long buildCpu = PROCESS.getProcessCpuTime();
      long buildWall = System.nanoTime();
      index = QuoteIndex.build(corpus);
      report(
          size,
          "build",
          (PROCESS.getProcessCpuTime() - buildCpu) / 1e6,
          (System.nanoTime() - buildWall) / 1e6);
      List<String> queries =
          generator.queries(corpus, BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
      List<String> prefixes =
          generator.prefixes(BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
      List<String> authors =
          generator.authorPrefixes(corpus, BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
      QuoteIndex searched = index;
      measure(size, "search", OPERATIONS, i -> searched.search(queries.get(i % queries.size())));
      measure(
          size,
          "complete",
          OPERATIONS,
          i -> searched.complete(prefixes.get(i % prefixes.size()), 25));
      measure(
          size,
          "completeAuthor",
          OPERATIONS,
          i -> searched.completeAuthor(authors.get(i % authors.size()), 25));
      LinearScan scan = new LinearScan(corpus);
      // Slow operations get fewer samples, so a run takes minutes, not hours.
      int scans = size >= 1_000_000 ? 64 : size >= 100_000 ? 256 : OPERATIONS;
      measure(size, "linearScan", scans, i -> scan.search(queries.get(i % queries.size()), 10));
      DailyPicker daily = new DailyPicker(new InMemoryRotationStore(), Clock.systemUTC());
      LocalDate start = LocalDate.of(2025, 1, 1);
      int picks = size >= 1_000_000 ? 32 : size >= 100_000 ? 256 : OPERATIONS;
      int[] call = {0};
      measure(
          size,
          "dailyPick",
          picks,
          i -> {
            int n = call[0]++;
            daily.pick(corpus, n / 365, start.plusDays(n % 365), PickFilter.ANY);
          });
    }
    System.out.printf("load average at end: %s%n", load());
  }

  /** Warms up, then times each operation; prints CPU and wall percentiles in microseconds. */
  private static void measure(int size, String name, int operations, IntConsumer operation) {
    int rounds = operations < OPERATIONS ? 1 : WARMUP_ROUNDS;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < operations; i++) {
        operation.accept(i);
      }
    }
    long[] cpu = new long[operations];
    long[] wall = new long[operations];
    for (int i = 0; i < operations; i++) {
      long c = THREADS.getCurrentThreadCpuTime();
      long w = System.nanoTime();
      operation.accept(i);
      wall[i] = System.nanoTime() - w;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(
        Locale.ROOT,
        "%-10d %-16s %8.1f us %8.1f us %8.1f us %8.1f us %10d%n",
        size,
        name,
        pct(cpu, 0.50),
        pct(cpu, 0.99),
        pct(wall, 0.50),
        pct(wall, 0.99),
        operations);
  }

  private static void report(int size, String name, double cpuMs, double wallMs) {
    System.out.printf(
        Locale.ROOT, "%-10d %-16s %8.0f ms %11s %8.0f ms%n", size, name, cpuMs, "", wallMs);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }

  private static String load() throws Exception {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? Files.readString(loadavg).strip() : "unknown";
  }
}
