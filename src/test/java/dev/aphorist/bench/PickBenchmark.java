package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.DailyQuote;
import dev.aphorist.pick.InMemoryRotationStore;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.pick.RandomPicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * Quote-of-the-day and random-pick latency. Each daily call is a real new pick (a fresh day),
 * recorded in the in-memory store; channels take a year of days each, so a cycle holds up to 365
 * shown quotes, as in production.
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
public class PickBenchmark {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  @Param({"1000", "100000", "1000000"})
  int size;

  private Corpus corpus;
  private DailyPicker daily;
  private RandomPicker random;
  private PickFilter oneTag;
  private int next;

  @Setup
  public void setUp() {
    corpus = BenchmarkCorpora.generator().generate(size, BenchmarkCorpora.CORPUS_SEED);
    daily = new DailyPicker(new InMemoryRotationStore(), Clock.systemUTC());
    random = new RandomPicker(new SplittableRandom(1), RandomPicker.DEFAULT_AVOID_LAST);
    oneTag = PickFilter.byTag(corpus.quotes().get(0).tags().get(0));
  }

  @Benchmark
  public Optional<DailyQuote> dailyPick() {
    int call = next++;
    return daily.pick(corpus, call / 365, START.plusDays(call % 365), PickFilter.ANY);
  }

  @Benchmark
  public Optional<DailyQuote> dailyPickOneTopic() {
    int call = next++;
    return daily.pick(corpus, 1_000_000 + call / 365, START.plusDays(call % 365), oneTag);
  }

  @Benchmark
  public Optional<Quote> randomPick() {
    return random.pick(corpus, next++ & 1023, PickFilter.ANY);
  }

  @Benchmark
  public Optional<Quote> randomPickOneTopic() {
    return random.pick(corpus, next++ & 1023, oneTag);
  }
}
