package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.search.QuoteIndex;
import dev.aphorist.search.SearchResult;
import java.util.List;
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

/**
 * Search latency (p50/p99 from JMH's sample mode) over a realistic query mix, and the same queries
 * through a naive linear scan as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap is touched once at start: a 6 GB eden is not reused within a run, so otherwise every
// operation pays for the first touch of fresh pages (on this VM, twice the search p50).
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class SearchBenchmark {

  @Param({"1000", "100000", "1000000"})
  int size;

  private QuoteIndex index;
  private LinearScan scan;
  private List<String> queries;
  private int next;

  @Setup
  public void setUp() {
    CorpusGenerator generator = BenchmarkCorpora.generator();
    Corpus corpus = generator.generate(size, BenchmarkCorpora.CORPUS_SEED);
    index = QuoteIndex.build(corpus);
    scan = new LinearScan(corpus);
    queries = generator.queries(corpus, BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
  }

  @Benchmark
  public SearchResult search() {
    return index.search(queries.get(next++ & (BenchmarkCorpora.QUERIES - 1)));
  }

  @Benchmark
  public List<Quote> linearScan() {
    return scan.search(queries.get(next++ & (BenchmarkCorpora.QUERIES - 1)), 10);
  }
}
