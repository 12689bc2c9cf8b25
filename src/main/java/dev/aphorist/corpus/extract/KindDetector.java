package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import java.util.regex.Pattern;

/**
 * Guesses the kind of a document that corpus/sources.yaml does not describe: many lines that are
 * only engagement counts make a profile scrape; thread-site furniture or thread counters make a
 * thread unroll; anything else is read as a blog post.
 */
public final class KindDetector {

  /** Share of count lines from which a document is a profile scrape. */
  private static final double COUNT_SHARE = 0.2;

  private static final Pattern READ_TWEETS = Pattern.compile("(?i)read \\d+ tweets?");

  /** A line ending in a thread counter: "... 1/", "... 2/n". */
  private static final Pattern THREAD_COUNTER = Pattern.compile("\\s\\d{1,2}/(?:\\d{1,2}|n)?$");

  private KindDetector() {}

  public static DocumentKind detect(String rawText) {
    String[] lines = TextNormalizer.normalize(rawText).split("\n");
    int nonEmpty = 0;
    int counts = 0;
    int threadCues = 0;
    for (String line : lines) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (EngagementCounts.isCount(s)) {
        counts++;
      } else if (SiteBoilerplate.section(s) != SiteBoilerplate.Section.NONE
          || s.contains("🧵")
          || READ_TWEETS.matcher(s).matches()
          || THREAD_COUNTER.matcher(s).find()) {
        threadCues++;
      }
    }
    if (nonEmpty > 0 && counts >= 2 && counts >= nonEmpty * COUNT_SHARE) {
      return DocumentKind.PROFILE_SCRAPE;
    }
    if (threadCues >= 2) {
      return DocumentKind.THREAD_UNROLL;
    }
    return DocumentKind.BLOG_POST;
  }
}
