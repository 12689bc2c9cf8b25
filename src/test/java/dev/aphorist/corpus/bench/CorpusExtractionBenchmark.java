package dev.aphorist.corpus.bench;

import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.build.BuildResult;
import dev.aphorist.corpus.build.CorpusBuilder;
import dev.aphorist.corpus.build.Curation;
import dev.aphorist.corpus.build.RawFolder;
import dev.aphorist.corpus.build.SourcesManifest;
import dev.aphorist.corpus.extract.Candidate;
import dev.aphorist.corpus.extract.Extractor;
import dev.aphorist.corpus.extract.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of corpus extraction on one core.
 *
 * <ul>
 *   <li>{@code extractProfile}: the extractor (reader, cleaning, scoring) on a generated profile
 *       scrape of {@code posts} posts;
 *   <li>{@code buildProfile}: the whole build of that scrape (plus attribution, tagging and
 *       near-duplicate removal);
 *   <li>{@code buildSeeds}: the whole build of the five committed raw documents, warm.
 * </ul>
 *
 * The profile benchmarks count one operation per post, so JMH's ops/s is posts/s; MB/s is posts/s
 * times the mean bytes per post printed at setup. Run: {@code ./mvnw -B -q -Pbench test-compile
 * exec:exec -Dbench.args="CorpusExtractionBenchmark -f 1"}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// The heap is touched once at start: the default heap grows into pages never touched before, and
// every iteration paid for first touching them (on this VM, a fifth of the extractor's time).
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CorpusExtractionBenchmark {

  /** Posts in the generated scrape. */
  public static final int POSTS = 100_000;

  private final int posts = POSTS;

  private String scrape;
  private List<RawDocument> generated;
  private SourcesManifest generatedManifest;
  private List<RawDocument> seeds;
  private SourcesManifest seedManifest;
  private final Extractor extractor = Extractor.standard();
  private final CorpusBuilder builder = CorpusBuilder.standard();

  @Setup
  public void setUp() throws Exception {
    scrape = new ProfileScrapeGenerator(42).generate(posts);
    generated = List.of(new RawDocument(ProfileScrapeGenerator.DOCUMENT, scrape));
    generatedManifest = ProfileScrapeGenerator.manifest();
    seeds = RawFolder.load(Path.of("corpus/raw"));
    seedManifest = SourcesManifest.read(Path.of("corpus/sources.yaml"));
    int bytes = scrape.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf(
        "%ngenerated scrape: %d posts, %.2f MB (UTF-8), %.1f bytes per post%n",
        posts, bytes / 1e6, (double) bytes / posts);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(POSTS)
  public List<Candidate> extractProfile() {
    return extractor.extract(scrape, DocumentKind.PROFILE_SCRAPE);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(POSTS)
  public BuildResult buildProfile() throws Exception {
    return builder.build(generated, generatedManifest, Curation.NONE);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public BuildResult buildSeeds() throws Exception {
    return builder.build(seeds, seedManifest, Curation.NONE);
  }
}
