package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Index build time, from a corpus in memory to a searchable index with completions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
// The heap is touched once at start: a 6 GB eden is not reused within a run, so otherwise every
// operation pays for the first touch of fresh pages (on this VM, twice the search p50).
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class BuildBenchmark {

  @Param({"1000", "100000", "1000000"})
  int size;

  private Corpus corpus;

  @Setup
  public void setUp() {
    corpus = BenchmarkCorpora.generator().generate(size, BenchmarkCorpora.CORPUS_SEED);
  }

  @Benchmark
  public QuoteIndex build() {
    return QuoteIndex.build(corpus);
  }
}
