package dev.aphorist.corpus.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the furniture that thread-unroll and blog sites wrap around content: end-of-thread
 * markers, "More from @x" and "You May Also Like" sections, "Read 13 tweets" counters, dates,
 * donation and premium adverts, read-time badges. The cues are the sites' own wording, not any
 * document's content.
 */
public final class SiteBoilerplate {

  /** What a line that is not content announces about the lines after it. */
  public enum Section {
    /** Not a section marker. */
    NONE,
    /** The thread is over: site furniture follows. */
    END,
    /** Teasers of the same author's other threads follow. */
    MORE_FROM_AUTHOR,
    /** Threads by other people follow. */
    OTHER_AUTHORS
  }

  private static final Pattern DATE =
      Pattern.compile(
          "(?i)^(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
              + "(?:,?\\s+\\d{4})?"
              + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
              + "(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
              + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})$");

  private static final Pattern READ_COUNTER =
      Pattern.compile(
          "(?i)^(?:read\\s+\\d+\\s+tweets?|\\d+\\s+tweets?(?:\\s*[·•,]?\\s*\\d+\\s+min\\s+read)?"
              + "|\\d+\\s+min(?:ute)?s?\\s+read|read\\s+time:?\\s*\\d+\\s+min(?:ute)?s?)$");

  private static final Pattern ONLY_LINK = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");

  private static final Pattern ONLY_HANDLES = Pattern.compile("^(?:@\\w+[\\s,]*)+$");

  /** Words that only site furniture uses, matched on a lower-cased line. */
  private static final String[] FURNITURE = {
    "thread reader",
    "threadreaderapp",
    "unroll",
    "force a refresh",
    "missing some tweet",
    "save it as pdf",
    "save as pdf",
    "may be removed anytime",
    "may remove this content",
    "profile picture",
    "stay in touch and get notified",
    "keep current with",
    "read all threads",
    "help us keep",
    "did thread reader help",
    "support us",
    "indie developers",
    "become premium",
    "become a premium",
    "premium member",
    "become our patreon",
    "donate via",
    "make a small donation",
    "buying us coffee",
    "thank you for your support",
    "follow us on",
    "practice here first",
    "help page",
    "enjoy threader",
    "tip: mention",
    "share this thread",
    "share this page",
    "bookmark this",
    "view original",
    "read on twitter",
    "show this thread",
    "all rights reserved"
  };

  /** Whole lines that are buttons or labels of a page. */
  private static final Set<String> BUTTONS =
      Set.of(
          "see more",
          "show more",
          "sign up",
          "log in",
          "follow",
          "share",
          "image",
          "bookmark",
          "copy link",
          "reply",
          "retweet",
          "repost",
          "like",
          "subscribe",
          "advertisement");

  private SiteBoilerplate() {}

  /** What section a line starts, when it is a section marker. */
  public static Section section(String line) {
    String lower = line.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("you may also like")
        || lower.startsWith("related threads")
        || lower.startsWith("trending threads")
        || lower.startsWith("more threads")) {
      return Section.OTHER_AUTHORS;
    }
    if (lower.startsWith("more from ") && lower.length() < 60) {
      return lower.startsWith("more from @") ? Section.MORE_FROM_AUTHOR : Section.END;
    }
    if (isEndOfThread(lower)) {
      return Section.END;
    }
    return Section.NONE;
  }

  private static boolean isEndOfThread(String lower) {
    if (!lower.isEmpty() && lower.chars().allMatch(c -> c == '•' || c == '·' || c == ' ')) {
      return true;
    }
    return lower.startsWith("missing some tweet")
        || lower.startsWith("did thread reader help")
        || lower.startsWith("keep current with")
        || lower.startsWith("enjoy threader")
        || lower.startsWith("tip: mention @");
  }

  /**
   * Why a line is site furniture rather than content, or null when it may be content. Only short
   * lines are judged: furniture words inside a long sentence are just words.
   */
  public static String furniture(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return "empty";
    }
    if (DATE.matcher(s).matches()) {
      return "date";
    }
    if (READ_COUNTER.matcher(s).matches()) {
      return "site boilerplate";
    }
    if (ONLY_LINK.matcher(s).matches()) {
      return "link only";
    }
    if (ONLY_HANDLES.matcher(s).matches()) {
      return "handles only";
    }
    if (!hasLetterOrDigit(s)) {
      return "no words";
    }
    if (s.length() <= 160) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (BUTTONS.contains(lower)) {
        return "site boilerplate";
      }
      for (String cue : FURNITURE) {
        if (lower.contains(cue)) {
          return "site boilerplate";
        }
      }
    }
    return null;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
