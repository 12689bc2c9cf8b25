package dev.aphorist.corpus.extract;

/**
 * How quotable a candidate is.
 *
 * @param value 0..1; the extractor keeps candidates at or above its threshold
 * @param problem the strongest reason against it (e.g. "personal anecdote"), or null when nothing
 *     counts against it
 * @param trace each feature's contribution, when the extractor traces (for tuning), else null
 */
public record Score(double value, String problem, String trace) {

  public Score(double value, String problem) {
    this(value, problem, null);
  }

  /** A candidate that cannot be a quote whatever its words. */
  public static Score rejected(String why) {
    return new Score(0.0, why);
  }
}
