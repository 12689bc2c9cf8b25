package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a blog post saved as text: the title first (often repeated by the page), then headings,
 * paragraphs and list items. Lines wrapped inside a paragraph are joined again; a heading (a short
 * line that does not end a sentence) and each list item stand alone. Every paragraph, heading and
 * list item is a {@link Shape#PROSE} passage, from which the extractor takes sentences.
 */
public final class BlogPostReader implements DocumentReader {

  /** Wrapped prose fills its lines; shorter lines that end without punctuation are headings. */
  private static final int WRAPPED_LINE = 60;

  /** A first line longer than this is prose, not a title. */
  private static final int MAX_TITLE = 120;

  @Override
  public DocumentKind kind() {
    return DocumentKind.BLOG_POST;
  }

  @Override
  public List<Passage> read(String text) {
    String[] lines = text.split("\n", -1);
    List<Passage> out = new ArrayList<>();
    String title = null;
    StringBuilder paragraph = new StringBuilder();
    int paragraphLine = 0;
    String previous = null;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i].strip() : "";
      boolean listItem = isListItem(line);
      boolean joins = previous != null && !line.isEmpty() && !listItem && continues(previous, line);
      if (!joins && paragraph.length() > 0) {
        out.add(Passage.prose(paragraph.toString(), paragraphLine));
        paragraph.setLength(0);
      }
      if (line.isEmpty()) {
        previous = null;
        continue;
      }
      if (title == null) {
        if (line.length() <= MAX_TITLE) {
          title = line;
          out.add(Passage.rejected(line, i + 1, "title"));
          previous = null;
          continue;
        }
        title = "";
      }
      if (line.equals(title)) {
        out.add(Passage.rejected(line, i + 1, "title"));
        previous = null;
        continue;
      }
      String furniture = SiteBoilerplate.furniture(line);
      if (furniture != null && line.length() < 40) {
        out.add(Passage.rejected(line, i + 1, furniture));
        previous = null;
        continue;
      }
      if (joins) {
        paragraph.append(' ').append(line);
      } else {
        paragraph.append(listItem ? stripBullet(line) : line);
        paragraphLine = i + 1;
      }
      previous = listItem ? null : line;
    }
    return out;
  }

  /** A line continues the paragraph of the line before it (the text was hard-wrapped). */
  private static boolean continues(String before, String line) {
    char last = before.charAt(before.length() - 1);
    if (".!?:;\"”)…".indexOf(last) >= 0) {
      return false;
    }
    return Character.isLowerCase(line.charAt(0)) || before.length() >= WRAPPED_LINE;
  }

  static boolean isListItem(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    if ((first == '•' || first == '*' || first == '-' || first == '–' || first == '◦')
        && line.length() > 2
        && Character.isWhitespace(line.charAt(1))) {
      return true;
    }
    int digits = 0;
    while (digits < line.length() && digits < 3 && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    return digits > 0
        && digits + 1 < line.length()
        && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
        && Character.isWhitespace(line.charAt(digits + 1));
  }

  private static String stripBullet(String line) {
    int i = 0;
    while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return line.substring(i).strip();
  }
}
