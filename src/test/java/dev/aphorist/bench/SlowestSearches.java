package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which queries of the benchmark mix make the search tail: each query's median CPU time over
 * several rounds, slowest first, with the share of the mix above 1 ms. Usage: {@code
 * SlowestSearches [size] [how many]} (default 100000 and 25).
 */
public final class SlowestSearches {

  private static final int ROUNDS = 7;

  private SlowestSearches() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int shown = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    CorpusGenerator generator = BenchmarkCorpora.generator();
    Corpus corpus = generator.generate(size, BenchmarkCorpora.CORPUS_SEED);
    QuoteIndex index = QuoteIndex.build(corpus);
    List<String> queries =
        generator.queries(corpus, BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[queries.size()][ROUNDS];
    for (int round = -3; round < ROUNDS; round++) { // three rounds of warm-up
      for (int q = 0; q < queries.size(); q++) {
        long start = threads.getCurrentThreadCpuTime();
        index.search(queries.get(q));
        if (round >= 0) {
          cpu[q][round] = threads.getCurrentThreadCpuTime() - start;
        }
      }
    }
    Integer[] order = new Integer[queries.size()];
    long[] median = new long[queries.size()];
    for (int q = 0; q < queries.size(); q++) {
      order[q] = q;
      long[] sorted = cpu[q].clone();
      Arrays.sort(sorted);
      median[q] = sorted[ROUNDS / 2];
    }
    Arrays.sort(order, Comparator.comparingLong((Integer q) -> median[q]).reversed());
    long overOneMs = Arrays.stream(median).filter(t -> t > 1_000_000).count();
    System.out.printf(
        Locale.ROOT,
        "%d quotes, %d queries: %d (%.2f%%) take over 1 ms of CPU (median of %d rounds)%n",
        size,
        queries.size(),
        overOneMs,
        100.0 * overOneMs / queries.size(),
        ROUNDS);
    for (int i = 0; i < Math.min(shown, order.length); i++) {
      int q = order[i];
      System.out.printf(
          Locale.ROOT,
          "%8.3f ms  %,9d hits  %s%n",
          median[q] / 1e6,
          index.search(queries.get(q)).totalHits(),
          queries.get(q));
    }
  }
}
