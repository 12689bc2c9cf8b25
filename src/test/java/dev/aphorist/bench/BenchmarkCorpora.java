package dev.aphorist.bench;

import java.nio.file.Path;

/** The corpora every benchmark uses: generated from the project's vocabulary, fixed seeds. */
final class BenchmarkCorpora {

  static final long CORPUS_SEED = 42;
  static final long QUERY_SEED = 7;

  /** Queries per benchmark, cycled through; a power of two. */
  static final int QUERIES = 1024;

  private BenchmarkCorpora() {}

  static CorpusGenerator generator() {
    return CorpusGenerator.fromProject(Path.of("corpus"));
  }
}
