package dev.aphorist.corpus.extract;

/** How the extractor cuts a passage into quotes. */
public enum Shape {
  /** A post (tweet, toot, thread line): kept or dropped whole, after cleaning. */
  POST,
  /**
   * Prose (a paragraph, heading or list item of an article): any run of one to three of its
   * sentences may be a quote.
   */
  PROSE
}
