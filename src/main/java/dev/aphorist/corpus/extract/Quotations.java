package dev.aphorist.corpus.extract;

/**
 * Recognises a passage that is wholly a quotation ({@code "We use standards sparingly" 👍}): the
 * words of someone the author reports, not the author's own.
 */
public final class Quotations {

  private Quotations() {}

  /** The words inside the quotation marks when the whole text is one quotation, else null. */
  public static String inner(String text) {
    String s = text.strip();
    if (s.length() < 3) {
      return null;
    }
    char open = s.charAt(0);
    if (!isOpening(open)) {
      return null;
    }
    int close = -1;
    for (int i = s.length() - 1; i > 0; i--) {
      char c = s.charAt(i);
      if (isClosing(c, open)) {
        close = i;
        break;
      }
      if (Character.isLetterOrDigit(c)) {
        return null; // words after the last closing mark: a quote inside a sentence
      }
    }
    if (close <= 1) {
      return null;
    }
    String inside = s.substring(1, close);
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        return null; // two quotations, or a quotation followed by the author's words
      }
    }
    String stripped = inside.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«';
  }

  private static boolean isClosing(char c, char open) {
    return switch (open) {
      case '“', '„' -> c == '”' || c == '"' || c == '“';
      case '«' -> c == '»';
      default -> c == '"' || c == '”';
    };
  }
}
