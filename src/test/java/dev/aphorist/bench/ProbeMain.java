package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.*;

public class ProbeMain {
  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int size = Integer.parseInt(args[0]);
    CorpusGenerator g = BenchmarkCorpora.generator();
    Corpus corpus = g.generate(size, 42);
    QuoteIndex index = null;
    for (int i = 0; i < Integer.parseInt(args.length > 1 ? args[1] : "1") - 1; i++) {
      long w = System.nanoTime();
      index = QuoteIndex.build(corpus);
      System.out.printf("warm build %d ms%n", (System.nanoTime() - w) / 1000000);
    }
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    index = QuoteIndex.build(corpus);
    System.out.printf(
        "build wall %.0f ms, cpu(main thread) %.0f ms%n",
        (System.nanoTime() - t0) / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e6);
    List<String> qs = g.queries(corpus, 1024, 7);
    for (int r = 0; r < 5; r++) for (String q : qs) index.search(q);
    long[] cpu = new long[qs.size()];
    TreeMap<Long, String> slow = new TreeMap<>();
    for (int i = 0; i < qs.size(); i++) {
      String q = qs.get(i);
      long a = mx.getCurrentThreadCpuTime();
      var res = index.search(q);
      long b = mx.getCurrentThreadCpuTime() - a;
      cpu[i] = b;
      slow.put(
          b * 10000 + i,
          q
              + " -> "
              + res.totalHits()
              + (res.totalHitsExact() ? "" : "+")
              + " dym="
              + res.didYouMean());
    }
    long[] sorted = cpu.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "search cpu p50 %.3f ms p99 %.3f ms avg %.3f%n",
        sorted[512] / 1e6, sorted[1013] / 1e6, Arrays.stream(cpu).average().orElse(0) / 1e6);
    slow.descendingMap().entrySet().stream()
        .limit(10)
        .forEach(e -> System.out.printf("%.3f ms %s%n", e.getKey() / 10000 / 1e6, e.getValue()));
    List<String> ps = g.prefixes(1024, 7);
    for (int r = 0; r < 5; r++) for (String p : ps) index.complete(p, 25);
    long[] pc = new long[ps.size()];
    for (int i = 0; i < ps.size(); i++) {
      long a = mx.getCurrentThreadCpuTime();
      index.complete(ps.get(i), 25);
      pc[i] = mx.getCurrentThreadCpuTime() - a;
    }
    Arrays.sort(pc);
    System.out.printf("complete cpu p50 %.3f ms p99 %.3f ms%n", pc[512] / 1e6, pc[1013] / 1e6);
  }
}
