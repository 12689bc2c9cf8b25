package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap held by a corpus and by its index, measured as live heap after full collections: {@code
 * HeapFootprint [size]} (default 100,000). Run with -XX:+UseSerialGC for steady figures.
 */
public final class HeapFootprint {

  private HeapFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    CorpusGenerator generator = BenchmarkCorpora.generator();
    long empty = liveHeap();
    Corpus corpus = generator.generate(size, BenchmarkCorpora.CORPUS_SEED);
    long withCorpus = liveHeap();
    QuoteIndex index = QuoteIndex.build(corpus);
    long withIndex = liveHeap();
    System.out.printf(
        "vocabulary: %s%nquotes: %,d%ncorpus objects: %.1f MB%nindex (live heap): %.1f MB%n"
            + "index (files + completion FST, QuoteIndex.ramBytesUsed): %.1f MB%n",
        generator.vocabularySource(),
        corpus.size(),
        (withCorpus - empty) / 1e6,
        (withIndex - withCorpus) / 1e6,
        index.ramBytesUsed() / 1e6);
    if (index.size() != corpus.size()) {
      throw new IllegalStateException("index lost quotes");
    }
  }

  private static long liveHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
