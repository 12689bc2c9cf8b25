package dev.aphorist.corpus.extract;

/** Whose words a passage is, as far as the document itself tells. */
public enum Voice {
  /** The document's own author (who that is comes from corpus/sources.yaml). */
  AUTHOR,
  /**
   * Words the author reports in quotation marks, such as a speaker live-tweeted from a talk; they
   * belong to the speaker named in corpus/sources.yaml, or to nobody known.
   */
  QUOTATION,
  /** Someone else: a quoted tweet, an embedded thread by another author. */
  OTHER
}
