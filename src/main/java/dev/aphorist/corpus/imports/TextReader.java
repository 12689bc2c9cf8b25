package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.ImportedItem;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads plain text or Markdown: a passage per paragraph (lines up to a blank line, joined by
 * spaces). Markdown loses its markup: heading and list markers, emphasis, inline code marks, link
 * targets and images; code blocks, front matter, tables and HTML comments are skipped.
 */
public final class TextReader implements FormatReader {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern LIST = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");

  private final boolean markdown;

  public TextReader(boolean markdown) {
    this.markdown = markdown;
  }

  @Override
  public ImportFormat format() {
    return markdown ? ImportFormat.MARKDOWN : ImportFormat.TEXT;
  }

  @Override
  public void read(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    try (TextLines lines = new TextLines(input, input.open())) {
      Paragraph paragraph = new Paragraph(input);
      boolean inCode = false;
      boolean inFrontMatter = false;
      boolean inComment = false;
      String line;
      while ((line = lines.next()) != null) {
        String s = line.strip();
        if (markdown) {
          if (lines.number() == 1 && s.equals("---")) {
            inFrontMatter = true;
            continue;
          }
          if (inFrontMatter) {
            inFrontMatter = !s.equals("---") && !s.equals("...");
            continue;
          }
          if (s.startsWith("```") || s.startsWith("~~~")) {
            paragraph.end(sink);
            inCode = !inCode;
            continue;
          }
          if (inCode) {
            continue;
          }
          if (inComment || s.startsWith("<!--")) {
            inComment = !s.contains("-->");
            continue;
          }
          if (s.startsWith("|") || RULE.matcher(s).matches() || line.startsWith("    ")) {
            paragraph.end(sink);
            continue;
          }
          boolean heading = HEADING.matcher(s).find();
          boolean item = LIST.matcher(s).find();
          s =
              inline(
                  QUOTE
                      .matcher(HEADING.matcher(LIST.matcher(s).replaceFirst("")).replaceFirst(""))
                      .replaceFirst(""));
          if (heading || item) {
            // A heading or list item is a passage of its own.
            paragraph.end(sink);
            paragraph.add(s, lines.number());
            if (heading) {
              paragraph.end(sink);
            }
            continue;
          }
        }
        if (s.isEmpty()) {
          paragraph.end(sink);
        } else {
          paragraph.add(s, lines.number());
        }
      }
      paragraph.end(sink);
    }
  }

  private static String inline(String s) {
    String out = IMAGE.matcher(s).replaceAll("");
    out = LINK.matcher(out).replaceAll("$1");
    return EMPHASIS.matcher(out).replaceAll("$2").strip();
  }

  /** Lines of a paragraph being gathered; bounded like a line. */
  static final class Paragraph {
    private final ImportInput input;
    private final StringBuilder text = new StringBuilder();
    private int firstLine;

    Paragraph(ImportInput input) {
      this.input = input;
    }

    void add(String line, int number) throws BadFileException {
      if (line.isEmpty()) {
        return;
      }
      if (text.length() == 0) {
        firstLine = number;
      } else {
        text.append(' ');
      }
      if (text.length() + line.length() > TextLines.MAX_LINE) {
        throw input.bad(
            firstLine,
            "paragraph longer than " + TextLines.MAX_LINE + " characters; not a text of passages");
      }
      text.append(line);
    }

    void end(ImportSink sink) throws IOException {
      if (text.length() > 0) {
        sink.item(ImportedItem.of(text.toString()));
        text.setLength(0);
      }
    }
  }
}
