package dev.aphorist.corpus.bench;

import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.build.BuildResult;
import dev.aphorist.corpus.build.CorpusBuilder;
import dev.aphorist.corpus.build.Curation;
import dev.aphorist.corpus.build.SourcesManifest;
import dev.aphorist.corpus.extract.Extractor;
import dev.aphorist.corpus.extract.RawDocument;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Peak heap of building a corpus from a generated profile scrape, with the throughput seen on the
 * way: warms up, resets the heap pools' peak counters, builds once more and reports the peak of
 * used heap (live data plus garbage not yet collected, so it depends on -Xmx and the collector).
 * Run: {@code ./mvnw -B -q -Pbench test-compile exec:exec
 * -Dbench.main=dev.aphorist.corpus.bench.ExtractionFootprint -Dbench.args=100000}.
 */
public final class ExtractionFootprint {

  private ExtractionFootprint() {}

  public static void main(String[] args) throws Exception {
    int posts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String scrape = new ProfileScrapeGenerator(42).generate(posts);
    double megabytes = scrape.getBytes(StandardCharsets.UTF_8).length / 1e6;
    List<RawDocument> documents = List.of(new RawDocument(ProfileScrapeGenerator.DOCUMENT, scrape));
    SourcesManifest manifest = ProfileScrapeGenerator.manifest();
    CorpusBuilder builder = CorpusBuilder.standard();
    for (int i = 0; i < 5; i++) {
      builder.build(documents, manifest, Curation.NONE);
    }
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long gcBefore = gcMillis();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    BuildResult result = builder.build(documents, manifest, Curation.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long gc = gcMillis() - gcBefore;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "posts %d, %.2f MB; kept %d quotes%n", posts, megabytes, result.corpus().size());
    System.out.printf(
        "wall: %.3f s = %.1f MB/s, %.0f posts/s (garbage collection %d ms of it)%n",
        seconds, megabytes / seconds, posts / seconds, gc);
    System.out.printf(
        "build thread CPU: %.3f s = %.1f MB/s, %.0f posts/s%n",
        cpuSeconds, megabytes / cpuSeconds, posts / cpuSeconds);
    System.out.printf(
        "heap: %.0f MB used before the build (input text included), peak %.0f MB during it, max %d MB%n",
        baseline / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
    reportExtractorAlone(scrape, megabytes, posts, threads);
    System.out.printf(
        "machine: %d cores, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * The extractor alone (read, clean, score; no attribution, ids or near-duplicates), ten times:
   * the thread's CPU time is what one core spends on it, whatever else the machine is running.
   */
  private static void reportExtractorAlone(
      String scrape, double megabytes, int posts, ThreadMXBean threads) {
    Extractor extractor = Extractor.standard();
    int runs = 10;
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      if (extractor.extract(scrape, DocumentKind.PROFILE_SCRAPE).size() < posts / 2) {
        throw new IllegalStateException("the extractor lost posts");
      }
      wall[i] = (System.nanoTime() - start) / 1e9;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(
        "extractor alone, %d runs: thread CPU median %.3f s = %.1f MB/s, %.0f posts/s"
            + " (fastest %.1f MB/s, slowest %.1f MB/s); wall median %.3f s = %.1f MB/s%n",
        runs,
        cpu[runs / 2],
        megabytes / cpu[runs / 2],
        posts / cpu[runs / 2],
        megabytes / cpu[0],
        megabytes / cpu[runs - 1],
        wall[runs / 2],
        megabytes / wall[runs / 2]);
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }
}
