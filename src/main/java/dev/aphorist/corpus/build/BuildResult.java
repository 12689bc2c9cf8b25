package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Corpus;
import java.util.List;

/**
 * What a build produced.
 *
 * @param corpus the quotes to write to corpus/quotes.json
 * @param dropped every candidate not kept, with the reason, in document order; when the builder
 *     only counts them ({@link CorpusBuilder#countingDropped()}), just those curation names
 * @param droppedCount how many candidates were not kept
 * @param warnings things a maintainer should know that did not stop the build (a raw file with no
 *     manifest entry, a manifest entry with no raw file)
 */
public record BuildResult(
    Corpus corpus, List<Dropped> dropped, int droppedCount, List<String> warnings) {

  public BuildResult {
    dropped = List.copyOf(dropped);
    warnings = List.copyOf(warnings);
  }

  /** A result that lists every dropped candidate. */
  public BuildResult(Corpus corpus, List<Dropped> dropped, List<String> warnings) {
    this(corpus, dropped, dropped.size(), warnings);
  }
}
