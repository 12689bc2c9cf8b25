package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.search.QuoteIndex;
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

/** Autocomplete latency: query completions and author names, 25 suggestions per call. */
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
public class SuggestBenchmark {

  private static final int CHOICES = 25;

  @Param({"1000", "100000", "1000000"})
  int size;

  private QuoteIndex index;
  private List<String> prefixes;
  private List<String> authorPrefixes;
  private int next;

  @Setup
  public void setUp() {
    CorpusGenerator generator = BenchmarkCorpora.generator();
    Corpus corpus = generator.generate(size, BenchmarkCorpora.CORPUS_SEED);
    index = QuoteIndex.build(corpus);
    prefixes = generator.prefixes(BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
    authorPrefixes =
        generator.authorPrefixes(corpus, BenchmarkCorpora.QUERIES, BenchmarkCorpora.QUERY_SEED);
  }

  @Benchmark
  public List<String> complete() {
    return index.complete(prefixes.get(next++ & (BenchmarkCorpora.QUERIES - 1)), CHOICES);
  }

  @Benchmark
  public List<String> completeAuthor() {
    return index.completeAuthor(
        authorPrefixes.get(next++ & (BenchmarkCorpora.QUERIES - 1)), CHOICES);
  }
}
