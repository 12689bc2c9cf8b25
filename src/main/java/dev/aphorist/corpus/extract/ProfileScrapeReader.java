package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scrape of a social profile (X/Twitter, and anything laid out the same way): an optional
 * header (the bio) ended by a blank line, then posts, each followed by a run of engagement-count
 * lines. Inside one post's block:
 *
 * <ul>
 *   <li>a "Replying to @x" line before the text marks a reply;
 *   <li>the first text line is the profile owner's post; a following line that continues it (it
 *       starts in lower case or with a list bullet, or the line before ends mid-sentence) is part
 *       of it;
 *   <li>any other line before the counts is the text of a post the owner quoted: someone else's
 *       words, attributed to the author named on a "Name @handle" line when there is one.
 * </ul>
 */
public final class ProfileScrapeReader implements DocumentReader {

  private static final Pattern REPLYING_TO =
      Pattern.compile("^Replying to\\s+(@\\w{1,30}(?:[\\s,]+(?:and\\s+)?@\\w{1,30})*).*$");

  /** "Charity Majors @mipsytipsy · Mar 3", "@mipsytipsy", "Name\u00a0@handle". */
  private static final Pattern AUTHOR_LINE =
      Pattern.compile("^(?:(\\S.{0,49}?)\\s+)?@(\\w{1,15})(?:\\s*[·•]\\s*.{0,30})?$");

  @Override
  public DocumentKind kind() {
    return DocumentKind.PROFILE_SCRAPE;
  }

  public List<Passage> read(String text) {
    List<Passage> out = new ArrayList<>();
    int lineStart = skipHeader(text, out);
    int lineNumber = lineNumberAt(text, lineStart);
    Block block = new Block();
    List<Long> counts = new ArrayList<>();
    int length = text.length();
    // Walk the lines without splitting the text: most lines of a scrape are counts, and copying
    // each into a string of its own is most of a reader's garbage.
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int from = lineStart;
      int to = lineEnd;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      long count = from == to ? -1 : EngagementCounts.parse(text, from, to);
      if (count >= 0) {
        counts.add(count);
      } else {
        if (!counts.isEmpty()) {
          block.emit(out, counts);
          block = new Block();
          counts.clear();
        }
        if (from < to) {
          block.add(text.substring(from, to), lineNumber);
        }
      }
      lineStart = lineEnd + 1;
      lineNumber++;
    }
    block.emit(out, counts);
    return out;
  }

  private static int lineNumberAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int skipHeader(String text, List<Passage> out) {
    String[] lines = text.substring(0, headerEnd(text)).split("\n", -1);
    int offset = 0;
    int firstText = 0;
    while (firstText < lines.length && lines[firstText].isBlank()) {
      offset += lines[firstText].length() + 1;
      firstText++;
    }
    int textStart = offset;
    for (int i = firstText; i < lines.length; i++) {
      String line = lines[i].strip();
      if (EngagementCounts.isCount(line)) {
        return textStart; // counts before any blank line: there is no header
      }
      if (line.isEmpty()) {
        for (int h = firstText; h < i; h++) {
          out.add(Passage.rejected(lines[h].strip(), h + 1, "profile header"));
        }
        return offset + lines[i].length() + 1;
      }
      offset += lines[i].length() + 1;
    }
    return textStart;
  }

  /** The header, if any, is before the first run of counts: only that much is looked at. */
  private static int headerEnd(String text) {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        return text.length();
      }
      if (EngagementCounts.isCount(text.substring(lineStart, lineEnd))) {
        return lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    return text.length();
  }

  /** The text lines between two runs of counts: one post and perhaps the post it quotes. */
  private static final class Block {
    private final StringBuilder own = new StringBuilder();
    private int ownLine;
    private boolean ownReply;
    private final StringBuilder quoted = new StringBuilder();
    private int quotedLine;
    private boolean quotedReply;
    private Author quotedAuthor;
    private boolean inQuote;
    private String previous = "";

    void add(String line, int lineNumber) {
      if (line.startsWith("Replying to") && REPLYING_TO.matcher(line).matches()) {
        if (own.length() == 0 && !inQuote) {
          ownReply = true;
        } else {
          startQuote(lineNumber);
          quotedReply = true;
        }
        return;
      }
      if (!inQuote) {
        if (own.length() == 0) {
          own.append(line);
          ownLine = lineNumber;
          previous = line;
          return;
        }
        if (continues(previous, line)) {
          own.append(' ').append(line);
          previous = line;
          return;
        }
        startQuote(lineNumber);
      }
      Matcher author = line.indexOf('@') >= 0 ? AUTHOR_LINE.matcher(line) : null;
      if (quoted.length() == 0 && quotedAuthor == null && author != null && author.matches()) {
        String handle = author.group(2);
        String name = author.group(1) == null ? handle : author.group(1).strip();
        quotedAuthor = new Author(name, handle);
        return;
      }
      if (quoted.length() > 0) {
        quoted.append(' ');
      } else {
        quotedLine = lineNumber;
      }
      quoted.append(line);
    }

    private void startQuote(int lineNumber) {
      if (!inQuote) {
        inQuote = true;
        quotedLine = lineNumber;
      }
    }

    void emit(List<Passage> out, List<Long> counts) {
      if (own.length() > 0) {
        out.add(
            Passage.post(own.toString(), ownLine)
                .withReply(ownReply)
                .withMetrics(EngagementCounts.toMetrics(counts)));
      }
      if (quoted.length() > 0) {
        out.add(
            Passage.post(quoted.toString(), quotedLine)
                .withVoice(Voice.OTHER, quotedAuthor)
                .withReply(quotedReply));
      }
    }

    /** A line continues the post before it rather than starting a quoted one. */
    private static boolean continues(String before, String line) {
      char first = line.charAt(0);
      if (Character.isLowerCase(first) || first == '•' || first == '-' || first == '*') {
        return true;
      }
      if (Character.isDigit(first) && line.length() > 1 && ".)".indexOf(line.charAt(1)) >= 0) {
        return true;
      }
      char last = before.charAt(before.length() - 1);
      return last == ':' || last == ',' || last == ';' || last == '-' || last == '–';
    }
  }
}
