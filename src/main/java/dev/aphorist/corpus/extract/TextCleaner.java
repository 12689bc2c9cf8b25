package dev.aphorist.corpus.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a candidate passage into quote text: removes links (full, bare and truncated ones such as
 * {@code aws.amazon.com/about-aws/wha…}), thread counters ({@code 1/}, {@code 1/n}, {@code /1},
 * 🧵), trailing hashtags and handles, the marks around a whole quotation, a leading interjection
 * sentence ("Yup, 100% agree here.") and a last sentence that only introduces a missing link or
 * image (it ends in a colon). It never rewrites the words in between.
 */
public final class TextCleaner {

  /** Stands in for a removed link until we know whether it belonged to a removed lead-in. */
  private static final char LINK = '\u0001';

  private static final Pattern URL =
      Pattern.compile(
          "(?i)(?:https?://|www\\.)\\S+"
              + "|(?<![\\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}"
              + "(?:/\\S*|…)");

  private static final Pattern REPLYING_TO =
      Pattern.compile("^Replying to\\s+@\\w+(?:[\\s,]+(?:and\\s+)?@\\w+)*\\s*");

  /** 1/ 1/n 1/5 (1/3) 2/ at the start or end; /1 at the end. */
  private static final Pattern TRAILING_COUNTER =
      Pattern.compile(
          "(?:^|\\s)(?:\\(\\s*)?(\\d{1,3})\\s*/\\s*(\\d{1,3}|n|N)?(?:\\s*\\))?$|\\s/\\d{1,3}$");

  private static final Pattern FIRST_COUNTER =
      Pattern.compile("(?:^|\\D)1\\s*/\\s*(?:n|N|\\d+)?\\)?$");

  private static final Pattern LEADING_COUNTER =
      Pattern.compile("^(?:\\(\\s*)?(\\d{1,3})\\s*/\\s*(\\d{1,3}|n|N)?(?:\\s*\\))?\\s+");

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{Lu})");

  private static final Pattern TRAILING_TAG =
      Pattern.compile("(?:^|\\s)(?:#\\w+|@\\w+|(?i:via|cc|h/t|ht)\\s+@\\w+)[.!]?$");

  private static final Pattern LEADING_HANDLE = Pattern.compile("^@\\w+[\\s,:]+");

  private static final Pattern INLINE_HASHTAG = Pattern.compile("(?<![\\w&])#(\\p{L}[\\w]*)");

  private static final Pattern INLINE_MENTION = Pattern.compile("(?<![\\w.])@\\w+");

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  /** First words of a short sentence that only reacts to something else. */
  private static final Set<String> INTERJECTIONS =
      Set.of(
          "yup",
          "yep",
          "yes",
          "yeah",
          "agreed",
          "exactly",
          "wow",
          "ha",
          "haha",
          "lol",
          "ok",
          "okay",
          "oh",
          "hmm",
          "indeed",
          "absolutely",
          "true",
          "+1",
          "100%",
          "💯",
          "amen",
          "ugh",
          "nope",
          "no");

  private static final int MAX_INTERJECTION_WORDS = 6;

  private TextCleaner() {}

  /** Cleans one passage. */
  public static Cleaned clean(String raw) {
    String text = collapse(raw);
    text = REPLYING_TO.matcher(text).replaceFirst("");
    boolean hadLink = false;
    if (mayHaveLink(text)) {
      Matcher url = URL.matcher(text);
      if (url.find()) {
        text = url.replaceAll(" " + LINK + " ");
        hadLink = true;
      }
    }
    text = text.replace("🧵", " ");
    text = collapse(text);

    // Strip what hangs off either end, in any interleaving, until nothing changes.
    int hashtags = countHashtags(text);
    boolean trailingLink = false;
    boolean threadStart = false;
    boolean changed = true;
    while (changed && !text.isEmpty()) {
      changed = false;
      String before = text;
      text = stripDecoration(text);
      if (!text.isEmpty() && text.charAt(text.length() - 1) == LINK) {
        trailingLink = true;
        text = text.substring(0, text.length() - 1).strip();
      }
      if (!text.isEmpty() && text.charAt(0) == LINK) {
        text = text.substring(1).strip();
      }
      String withoutCounter = stripTrailingCounter(text);
      if (!withoutCounter.equals(text)) {
        threadStart |= FIRST_COUNTER.matcher(text.substring(withoutCounter.length())).find();
      }
      text = withoutCounter;
      text = TRAILING_TAG.matcher(text).replaceFirst("").strip();
      text = LEADING_COUNTER.matcher(text).replaceFirst("");
      text = LEADING_NUMBER.matcher(text).replaceFirst("");
      text = LEADING_HANDLE.matcher(text).replaceFirst("");
      if (text.endsWith("…")
          && text.length() > 1
          && isSentenceEnd(text.charAt(text.length() - 2))) {
        text = text.substring(0, text.length() - 1); // a link the site truncated after the text
      }
      changed = !text.equals(before);
    }

    boolean quotation = false;
    String inner = Quotations.inner(text);
    if (inner != null) {
      text = inner;
      quotation = true;
    }
    boolean truncated = text.endsWith("…");

    List<String> sentences = Sentences.split(text);
    boolean leadInRemoved = false;
    if (!sentences.isEmpty() && endsWithColon(sentences.get(sentences.size() - 1))) {
      sentences = sentences.subList(0, sentences.size() - 1);
      leadInRemoved = true;
      trailingLink = false; // the link was what the removed sentence introduced
    }
    boolean interjectionRemoved = false;
    if (sentences.size() > 1 && isInterjection(sentences.get(0))) {
      sentences = sentences.subList(1, sentences.size());
      interjectionRemoved = true;
    }
    if (leadInRemoved || interjectionRemoved) {
      text = String.join(" ", sentences);
    }

    boolean inlineLink = text.indexOf(LINK) >= 0;
    text = collapse(text.replace(LINK, ' '));
    text = stripDecoration(text);
    text = INLINE_HASHTAG.matcher(text).replaceAll("$1");
    int mentions = count(INLINE_MENTION, text);
    return new Cleaned(
        text,
        hadLink && (trailingLink || inlineLink),
        quotation,
        truncated,
        hashtags,
        mentions,
        countEmoji(text),
        leadInRemoved,
        threadStart);
  }

  /** Removes a thread counter from the end; "24/7" is a ratio, not a counter, and stays. */
  private static String stripTrailingCounter(String text) {
    Matcher m = TRAILING_COUNTER.matcher(text);
    if (!m.find()) {
      return text;
    }
    String of = m.group(2);
    if (m.group(1) != null && of != null && Character.isDigit(of.charAt(0))) {
      if (Integer.parseInt(m.group(1)) > Integer.parseInt(of)) {
        return text;
      }
    }
    return text.substring(0, m.start()).strip();
  }

  /** Cheap test so that most passages skip the link pattern. */
  private static boolean mayHaveLink(String text) {
    return text.indexOf('/') >= 0 || text.indexOf('…') >= 0 || text.contains("www.");
  }

  private static boolean endsWithColon(String sentence) {
    String s = stripDecoration(sentence.replace(LINK, ' ').strip());
    return s.endsWith(":");
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  static boolean isInterjection(String sentence) {
    String[] words = sentence.strip().split("\\s+");
    if (words.length > MAX_INTERJECTION_WORDS) {
      return false;
    }
    String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[,.!?:;]+$", "");
    return INTERJECTIONS.contains(first);
  }

  private static int countHashtags(String text) {
    return text.indexOf('#') < 0 ? 0 : count(INLINE_HASHTAG, text);
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String collapse(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Removes emoji and other pictographs from both ends. */
  static String stripDecoration(String text) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!isDecoration(cp) && !Character.isWhitespace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!isDecoration(cp) && !Character.isWhitespace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  static int countEmoji(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isDecoration(cp) && cp != 0x200d && cp != 0xfe0f) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  static boolean isDecoration(int cp) {
    if (cp < 0x2000) {
      return false;
    }
    if ((cp >= 0x1f000 && cp <= 0x1faff)
        || (cp >= 0x2600 && cp <= 0x27bf)
        || (cp >= 0x2b00 && cp <= 0x2bff)
        || (cp >= 0x1f1e6 && cp <= 0x1f1ff)
        || cp == 0x200d
        || cp == 0xfe0f
        || cp == 0x20e3) {
      return true;
    }
    return Character.getType(cp) == Character.OTHER_SYMBOL;
  }
}
