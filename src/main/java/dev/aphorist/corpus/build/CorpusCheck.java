package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.extract.EngagementCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The quality rules every corpus must keep, whoever wrote it: well-formed ids, short texts with no
 * URL, engagement count, reply marker, thread counter or site boilerplate, kebab-case tags, and no
 * two quotes that are near-duplicates.
 */
public final class CorpusCheck {

  private static final Pattern URL =
      Pattern.compile(
          "(?i)https?://|www\\.|\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|dev|io|co|ly|to|be|gl|me|app|"
              + "jobs|info|ai)(?:/|\\b)");
  private static final Pattern REPLY = Pattern.compile("(?i)\\breplying to\\b");
  private static final Pattern COUNTER =
      Pattern.compile("(?:^|\\s)\\(?\\d{1,3}/(?:\\d{1,3}|n)?\\)?(?:\\s|$)|🧵");
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)thread reader|read \\d+ tweets|unroll|become (?:a )?premium|donate|patreon"
              + "|you may also like|more from @");
  private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private CorpusCheck() {}

  /** Every rule the corpus breaks, one line each naming the quote; empty when it is clean. */
  public static List<String> problems(Corpus corpus) {
    List<String> problems = new ArrayList<>();
    NearDuplicates<Quote> near = new NearDuplicates<>();
    for (Quote quote : corpus.quotes()) {
      String id = quote.id();
      String text = quote.text();
      if (!QuoteId.isWellFormed(id)) {
        problems.add("quote " + id + ": id is not 10 characters of Crockford base 32");
      }
      if (text.length() > Quote.MAX_LENGTH) {
        problems.add(
            "quote " + id + ": text is " + text.length() + " characters, over " + Quote.MAX_LENGTH);
      }
      if (URL.matcher(text).find()) {
        problems.add("quote " + id + ": text contains a URL");
      }
      if (REPLY.matcher(text).find()) {
        problems.add("quote " + id + ": text contains a reply marker");
      }
      if (COUNTER.matcher(text).find()) {
        problems.add("quote " + id + ": text contains a thread counter");
      }
      if (BOILERPLATE.matcher(text).find()) {
        problems.add("quote " + id + ": text contains site boilerplate");
      }
      for (String line : text.split("\n")) {
        if (EngagementCounts.isCount(line)) {
          problems.add("quote " + id + ": text contains an engagement count line");
        }
      }
      for (String tag : quote.tags()) {
        if (!TAG.matcher(tag).matches()) {
          problems.add("quote " + id + ": tag '" + tag + "' is not lower-case kebab-case");
        }
      }
      Quote same = near.addIfNew(text, quote);
      if (same != null) {
        problems.add("quote " + id + ": near-duplicate of quote " + same.id());
      }
    }
    return problems;
  }
}
