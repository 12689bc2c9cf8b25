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

  static final Pattern URL =
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

  /** The ASCII letters interjections start with, for a quick test. */
  private static final String INTERJECTION_FIRST = firstLetters();

  private static String firstLetters() {
    StringBuilder letters = new StringBuilder();
    for (String word : INTERJECTIONS) {
      char c = word.charAt(0);
      if (c < 128 && letters.indexOf(String.valueOf(c)) < 0) {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  private TextCleaner() {}

  /** Cleans one passage. */
  public static Cleaned clean(String raw) {
    String text = collapse(raw);
    if (text.startsWith("Replying to")) {
      text = REPLYING_TO.matcher(text).replaceFirst("");
    }
    String withoutLinks = replaceLinks(text);
    boolean hadLink = withoutLinks != null;
    if (hadLink) {
      text = withoutLinks;
    }
    if (hadLink || text.contains("🧵")) {
      text = collapse(text.replace("🧵", " "));
    }

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
      if (mayEndWithTag(text)) {
        text = TRAILING_TAG.matcher(text).replaceFirst("").strip();
      }
      if (!text.isEmpty()) {
        char first = text.charAt(0);
        if (Character.isDigit(first) || first == '(') {
          text = LEADING_COUNTER.matcher(text).replaceFirst("");
          text = LEADING_NUMBER.matcher(text).replaceFirst("");
        } else if (first == '@') {
          text = LEADING_HANDLE.matcher(text).replaceFirst("");
        }
      }
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

    // Splitting into sentences is only needed when an end or the start may have to go.
    boolean leadInRemoved = false;
    boolean interjectionRemoved = false;
    if (endsWithColon(text) || startsWithInterjection(text)) {
      List<String> sentences = Sentences.split(text);
      if (!sentences.isEmpty() && endsWithColon(sentences.get(sentences.size() - 1))) {
        sentences = sentences.subList(0, sentences.size() - 1);
        leadInRemoved = true;
        trailingLink = false; // the link was what the removed sentence introduced
      }
      if (sentences.size() > 1 && isInterjection(sentences.get(0))) {
        sentences = sentences.subList(1, sentences.size());
        interjectionRemoved = true;
      }
      if (leadInRemoved || interjectionRemoved) {
        text = String.join(" ", sentences);
      }
    }

    boolean inlineLink = text.indexOf(LINK) >= 0;
    if (hadLink) {
      text = collapse(text.replace(LINK, ' '));
    }
    text = stripDecoration(text);
    if (text.indexOf('#') >= 0) {
      text = INLINE_HASHTAG.matcher(text).replaceAll("$1");
    }
    int mentions = text.indexOf('@') >= 0 ? count(INLINE_MENTION, text) : 0;
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
    int n = text.length();
    if (n == 0) {
      return text;
    }
    char last = text.charAt(n - 1);
    boolean mayBeCounter =
        (Character.isDigit(last) || last == '/' || last == 'n' || last == 'N' || last == ')')
            && text.indexOf('/', Math.max(0, n - 12)) >= 0;
    if (!mayBeCounter) {
      return text;
    }
    Matcher m = TRAILING_COUNTER.matcher(text);
    m.region(Math.max(0, n - 16), n);
    m.useAnchoringBounds(false);
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

  /** Cheap test: a hashtag or handle in the last words. */
  private static boolean mayEndWithTag(String text) {
    int from = Math.max(0, text.length() - 40);
    return text.indexOf('#', from) >= 0 || text.indexOf('@', from) >= 0;
  }

  /**
   * The text with each link replaced by {@link #LINK} between spaces, or null when it has none. The
   * link pattern is costly to try at every position of every passage, and a link never spans
   * whitespace, so it runs only on the words that could hold one (see {@link #mayHoldLink}), with
   * transparent bounds so that its look-behind still sees the character before the word: the same
   * matches as running it over the whole text.
   */
  static String replaceLinks(String text) {
    StringBuilder out = null;
    Matcher url = null;
    int copied = 0;
    int length = text.length();
    int end = 0;
    while (end < length) {
      int start = end;
      while (start < length && isPatternSpace(text.charAt(start))) {
        start++;
      }
      end = start;
      while (end < length && !isPatternSpace(text.charAt(end))) {
        end++;
      }
      if (start == end || !mayHoldLink(text, start, end)) {
        continue;
      }
      if (url == null) {
        url = URL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      url.region(start, end);
      while (url.find()) {
        if (out == null) {
          out = new StringBuilder(length + 8);
        }
        out.append(text, copied, url.start()).append(' ').append(LINK).append(' ');
        copied = url.end();
      }
    }
    return out == null ? null : out.append(text, copied, length).toString();
  }

  /** Whitespace as the pattern's {@code \s} and {@code \S} see it (ASCII only). */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * Whether a word may hold a link: "://", "www." or a dot before a slash or a truncation ellipsis
   * ("aws.amazon.com/about…"). Every match of {@link #URL} has one of them.
   */
  private static boolean mayHoldLink(String text, int start, int end) {
    boolean dot = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dot = true;
      } else if ((c == '/' || c == '…') && dot) {
        return true;
      } else if (c == ':' && text.startsWith("//", i + 1)) {
        return true;
      } else if ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithInterjection(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = Character.toLowerCase(text.charAt(0));
    if (first < 128 && INTERJECTION_FIRST.indexOf(first) < 0) {
      return false; // most texts: no interjection starts with this letter
    }
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    while (end > 0 && ",.!?:;".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    for (String word : INTERJECTIONS) {
      if (word.length() == end && text.regionMatches(true, 0, word, 0, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithColon(String sentence) {
    String s = stripDecoration(sentence.replace(LINK, ' ').strip());
    return s.endsWith(":");
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  static boolean isInterjection(String sentence) {
    String s = sentence.strip();
    int words = 1;
    int firstEnd = -1;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))
          && (i == 0 || !Character.isWhitespace(s.charAt(i - 1)))) {
        words++;
        if (firstEnd < 0) {
          firstEnd = i;
        }
      }
    }
    if (words > MAX_INTERJECTION_WORDS) {
      return false;
    }
    String first = (firstEnd < 0 ? s : s.substring(0, firstEnd)).toLowerCase(Locale.ROOT);
    int end = first.length();
    while (end > 0 && ",.!?:;".indexOf(first.charAt(end - 1)) >= 0) {
      end--;
    }
    return INTERJECTIONS.contains(first.substring(0, end));
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

  /** Runs of whitespace become one space; the ends are stripped. */
  private static String collapse(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x80) {
        continue; // the common case: a visible ASCII character
      }
      boolean space = Character.isWhitespace(c);
      if (space && (c != ' ' || (i + 1 < n && Character.isWhitespace(text.charAt(i + 1))))) {
        out = new StringBuilder(n);
        break;
      }
    }
    if (out == null) {
      return text.strip();
    }
    boolean pending = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        pending = true;
      } else {
        if (pending && out.length() > 0) {
          out.append(' ');
        }
        pending = false;
        out.append(c);
      }
    }
    return out.toString();
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
