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

  @Override
  public List<Passage> read(String text) {
    String[] lines = text.split("\n", -1);
    List<Passage> out = new ArrayList<>();
    int start = skipHeader(lines, out);
    Block block = new Block();
    List<Long> counts = new ArrayList<>();
    for (int i = start; i < lines.length; i++) {
      String line = lines[i].strip();
      long count = line.isEmpty() ? -1 : EngagementCounts.parse(line);
      if (count >= 0) {
        counts.add(count);
        continue;
      }
      if (!counts.isEmpty()) {
        block.emit(out, counts);
        block = new Block();
        counts.clear();
      }
      if (!line.isEmpty()) {
        block.add(line, i + 1);
      }
    }
    block.emit(out, counts);
    return out;
  }

  /**
   * A profile page starts with its header (name, bio) and a blank line before the first post.
   * Header lines are reported as rejected passages; returns the index of the first post line.
   */
  private static int skipHeader(String[] lines, List<Passage> out) {
    int firstText = 0;
    while (firstText < lines.length && lines[firstText].isBlank()) {
      firstText++;
    }
    for (int i = firstText; i < lines.length; i++) {
      String line = lines[i].strip();
      if (EngagementCounts.isCount(line)) {
        return firstText; // counts before any blank line: there is no header
      }
      if (line.isEmpty()) {
        for (int h = firstText; h < i; h++) {
          out.add(Passage.rejected(lines[h].strip(), h + 1, "profile header"));
        }
        return i + 1;
      }
    }
    return firstText;
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
