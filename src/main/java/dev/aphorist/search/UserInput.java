package dev.aphorist.search;

/**
 * Discord's limits on what a user can type, and the cutting of longer input. Over-long input is
 * cut, never rejected: a user who pastes a page still gets an answer.
 *
 * <p>Discord caps a string option's value at 6,000 characters ({@code max_length} may be at most
 * 6000) and an autocomplete choice's name at 100 characters; an autocomplete value is only useful
 * if it can be completed into such a choice, so partial input is cut at 100.
 */
public final class UserInput {

  /** Longest search query kept: the most a Discord string option can hold. */
  public static final int MAX_QUERY_LENGTH = 6000;

  /** Longest autocomplete input kept, and longest suggestion returned: a choice name's limit. */
  public static final int MAX_AUTOCOMPLETE_LENGTH = 100;

  private UserInput() {}

  /** The input cut to at most {@code max} UTF-16 units, never splitting a surrogate pair. */
  public static String cut(String input, int max) {
    if (input == null) {
      return "";
    }
    if (input.length() <= max) {
      return input;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(input.charAt(end - 1))) {
      end--;
    }
    return input.substring(0, end);
  }

  /** True when {@link #cut} would shorten the input. */
  public static boolean isTooLong(String input, int max) {
    return input != null && input.length() > max;
  }
}
