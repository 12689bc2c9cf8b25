package dev.aphorist.corpus.bench;

import dev.aphorist.corpus.imports.CorpusImporter;
import dev.aphorist.corpus.imports.ImportFormat;
import dev.aphorist.corpus.imports.ImportProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Imports a generated X archive into a copy of the committed corpus and reports the wall time,
 * tweets per second and peak heap; generates the archive first when the file does not exist. Run
 * with the heap limit under test: {@code ./mvnw -B -q -Pbench test-compile exec:exec
 * -Dbench.main=dev.aphorist.corpus.bench.ImportBenchmark -Dbench.jvm.args="-Xmx512m"
 * -Dbench.args="1000000 target/x-archive-1m.zip"}.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tweets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path zip = Path.of(args.length > 1 ? args[1] : "target/x-archive-1m.zip");
    if (!Files.exists(zip)) {
      System.out.printf(Locale.ROOT, "generating %,d tweets into %s%n", tweets, zip);
      new XArchiveGenerator(42).write(zip, tweets);
    }
    Path work = Files.createTempDirectory("import-bench");
    Path raw = Files.createDirectories(work.resolve("raw"));
    try (Stream<Path> files = Files.list(Path.of("corpus/raw"))) {
      for (Path file : files.toList()) {
        Files.copy(file, raw.resolve(file.getFileName()));
      }
    }
    Path sources = Files.copy(Path.of("corpus/sources.yaml"), work.resolve("sources.yaml"));
    Path curation = Files.copy(Path.of("corpus/curation.yaml"), work.resolve("curation.yaml"));
    Path output = Files.copy(Path.of("corpus/quotes.json"), work.resolve("quotes.json"));

    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong sampledPeak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                sampledPeak.accumulateAndGet(used, Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();

    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    CorpusImporter.Outcome outcome =
        CorpusImporter.standard()
            .run(
                new CorpusImporter.Request(zip, ImportFormat.X_ARCHIVE, null, null, false),
                new CorpusImporter.Paths(raw, sources, curation, output),
                new ImportProgress(err, false, System::nanoTime, Duration.ofSeconds(5)));
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    long poolPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long rawSize = Files.size(raw.resolve(outcome.document()));
    System.out.printf(
        Locale.ROOT,
        "archive %s: %,d bytes; %,d tweets imported, skipped %s%n",
        zip,
        Files.size(zip),
        outcome.items(),
        outcome.skipped());
    System.out.printf(
        Locale.ROOT,
        "raw document %s: %,d bytes; corpus now %,d quotes (%,d new), %,d candidates dropped%n",
        outcome.document(),
        rawSize,
        outcome.quotes(),
        outcome.newQuotes(),
        outcome.droppedCount());
    long tweetsInArchive =
        outcome.items() + outcome.skipped().values().stream().mapToLong(n -> n).sum();
    System.out.printf(
        Locale.ROOT,
        "wall: %.1f s = %,.0f tweets/s (archive tweets incl. skipped)%n",
        seconds,
        tweetsInArchive / seconds);
    System.out.printf(
        Locale.ROOT,
        "heap: peak %d MB (pools' peak; sampled every 20 ms: %d MB), max %d MB%n",
        poolPeak >> 20,
        sampledPeak.get() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    delete(work);
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
