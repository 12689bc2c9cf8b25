package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;

public class BuildProbe {
  static long gcMillis() {
    long t = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans())
      t += gc.getCollectionTime();
    return t;
  }

  public static void main(String[] args) {
    Corpus corpus = BenchmarkCorpora.generator().generate(Integer.parseInt(args[0]), 42);
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      long c = os.getProcessCpuTime();
      long t = System.nanoTime();
      QuoteIndex index = QuoteIndex.build(corpus);
      System.out.printf(
          "build wall %d ms, process cpu %d ms, size %d%n",
          (System.nanoTime() - t) / 1000000, (os.getProcessCpuTime() - c) / 1000000, index.size());
    }
  }
}
