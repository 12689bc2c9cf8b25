package dev.aphorist.discord;

import dev.aphorist.command.Text;

/**
 * Renders {@link Text} as Discord markdown. Every plain character that Discord could read as markup
 * is backslash-escaped: Discord drops the backslash before any ASCII punctuation, so the reader
 * sees the text exactly as written. JDA's MarkdownSanitizer predates Discord's headings, lists,
 * subtext and masked links, so it is not enough on its own.
 */
final class DiscordMarkdown {

  /** Inline markup characters, escaped wherever they appear. */
  private static final String INLINE = "\\*_~`|<>[]";

  /**
   * Zero-width space: keeps "@everyone" and "@here" inert even where a client ignores
   * allowed_mentions.
   */
  private static final char ZWSP = '\u200b';

  private DiscordMarkdown() {}

  static String render(Text text) {
    StringBuilder out = new StringBuilder();
    for (Text.Segment segment : text.segments()) {
      switch (segment.style()) {
        case PLAIN -> out.append(escape(segment.text(), out));
        case BOLD -> out.append("**").append(escape(segment.text(), out)).append("**");
        case ITALIC -> out.append('*').append(escape(segment.text(), out)).append('*');
        case CODE -> out.append('`').append(segment.text().replace('`', '\'')).append('`');
        case USER -> out.append("<@").append(segment.id()).append('>');
        case CHANNEL -> out.append("<#").append(segment.id()).append('>');
        case TIME -> out.append("<t:").append(segment.instant().getEpochSecond()).append(":f>");
        case LINK ->
            out.append('[')
                .append(escape(segment.text(), "x"))
                .append("](<")
                .append(segment.url().replace(">", "%3E").replace(")", "%29").replace(" ", "%20"))
                .append(">)");
      }
    }
    return out.toString();
  }

  /** Escapes plain text that will be appended after {@code before}. */
  static String escape(String text, CharSequence before) {
    boolean lineStart = before.length() == 0 || before.charAt(before.length() - 1) == '\n';
    return escape(text, lineStart);
  }

  static String escape(String text) {
    return escape(text, true);
  }

  /**
   * Escapes inline markup only, for embed titles and field names, where Discord renders no
   * headings, lists or quotes (and would show their escapes).
   */
  static String escapeInline(String text) {
    return escape(text, false);
  }

  private static String escape(String text, boolean atLineStart) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = atLineStart;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && (c == ' ' || c == '\t')) {
        out.append(c);
        continue;
      }
      if (lineStart) {
        // Headings (#), subtext (-#), lists (- or +) and quotes (>) only count at a line's start.
        if (c == '#' || c == '-' || c == '+') {
          out.append('\\');
        } else if (Character.isDigit(c)) {
          int end = i;
          while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
          }
          if (end < text.length() && text.charAt(end) == '.') {
            // "1. text" would become an ordered list.
            out.append(text, i, end).append("\\.");
            i = end;
            lineStart = false;
            continue;
          }
        }
      }
      if (INLINE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
      if (c == '@' && (text.startsWith("everyone", i + 1) || text.startsWith("here", i + 1))) {
        out.append(ZWSP);
      }
      lineStart = c == '\n';
    }
    return out.toString();
  }

  /** Cuts rendered markdown to {@code max} characters without leaving a dangling escape. */
  static String cut(String markdown, int max) {
    if (markdown.length() <= max) {
      return markdown;
    }
    String head = markdown.substring(0, max - 1);
    int backslashes = 0;
    for (int i = head.length() - 1; i >= 0 && head.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      head = head.substring(0, head.length() - 1);
    }
    if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
      head = head.substring(0, head.length() - 1);
    }
    return head + "\u2026";
  }
}
