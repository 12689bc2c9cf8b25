package dev.aphorist.corpus.build;

import dev.aphorist.corpus.extract.EngagementCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The reformattings a held-out evaluation applies to the seed documents: the same content written
 * the way other scrapers write it. Each must leave the extracted quotes unchanged.
 */
final class Reformat {

  private Reformat() {}

  /** Engagement counts the way X shows them: 1,557 becomes 1.6K, 131,485 becomes 131.5K. */
  static String abbreviatedCounts(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      long count = EngagementCounts.parse(line);
      if (count >= 1000) {
        line = abbreviate(count);
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  static String abbreviate(long count) {
    if (count >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0).replace(".0M", "M");
    }
    if (count >= 100_000) {
      return Math.round(count / 1000.0) + "K";
    }
    return String.format(Locale.ROOT, "%.1fK", count / 1000.0).replace(".0K", "K");
  }

  /** Windows line endings. */
  static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  /** Typographic characters and markup characters written as HTML character references. */
  static String htmlEntities(String text) {
    return text.replace("&", "&amp;")
        .replace("’", "&#8217;")
        .replace("‘", "&#x2018;")
        .replace("“", "&ldquo;")
        .replace("”", "&rdquo;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("…", "&hellip;")
        .replace("—", "&mdash;")
        .replace("–", "&ndash;")
        .replace("•", "&bull;");
  }

  /** Non-breaking spaces after punctuation and between every other pair of words. */
  static String nonBreakingSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && (spaces++ % 2 == 0 || (i > 0 && ",.:;!?".indexOf(text.charAt(i - 1)) >= 0))) {
        out.append('\u00a0');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A profile scrape with its posts in another order: the header stays first, each post moves with
   * its quoted post and its counts.
   */
  static String shuffledPosts(String text, long seed) {
    String[] lines = text.split("\n", -1);
    int start = 0;
    List<String> header = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        for (int h = 0; h <= i; h++) {
          header.add(lines[h]);
        }
        start = i + 1;
        break;
      }
    }
    List<List<String>> posts = new ArrayList<>();
    List<String> post = new ArrayList<>();
    boolean inCounts = false;
    for (int i = start; i < lines.length; i++) {
      boolean count = EngagementCounts.isCount(lines[i]);
      if (!count && inCounts) {
        posts.add(post);
        post = new ArrayList<>();
      }
      inCounts = count;
      post.add(lines[i]);
    }
    if (!post.isEmpty()) {
      posts.add(post);
    }
    Collections.shuffle(posts, new Random(seed));
    List<String> out = new ArrayList<>(header);
    posts.forEach(out::addAll);
    return String.join("\n", out);
  }

  /** A thread unroll with its lines in another order, the site furniture after the thread kept. */
  static String shuffledThread(String text, long seed) {
    String[] lines = text.split("\n", -1);
    int end = lines.length;
    for (int i = 0; i < lines.length; i++) {
      String s = lines[i].strip();
      if (s.equals("• • •") || s.startsWith("More from")) {
        end = i;
        break;
      }
    }
    List<String> thread = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      thread.add(lines[i]);
    }
    Collections.shuffle(thread, new Random(seed));
    List<String> out = new ArrayList<>(thread);
    for (int i = end; i < lines.length; i++) {
      out.add(lines[i]);
    }
    return String.join("\n", out);
  }
}
