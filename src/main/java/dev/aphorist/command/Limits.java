package dev.aphorist.command;

/** Cutting text to Discord's length limits without splitting a character in two. */
public final class Limits {

  private Limits() {}

  /**
   * {@code text} if it fits in {@code max} UTF-16 units, else its longest prefix that fits with an
   * ellipsis, never ending inside a surrogate pair.
   */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "\u2026";
  }
}
