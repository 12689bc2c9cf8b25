package dev.aphorist.command;

import java.util.List;

/**
 * What a command handler answers, independent of where it is shown.
 *
 * @param visibility who sees it
 * @param message the text above the cards
 * @param cards the cards, in order (Discord: at most 10 embeds)
 * @param buttonRows rows of buttons (Discord: at most 5 rows of 5)
 * @param replacesOriginal for a button press: edit the message the button is on instead of
 *     answering with a new one
 */
public record Reply(
    Visibility visibility,
    Text message,
    List<Card> cards,
    List<List<Button>> buttonRows,
    boolean replacesOriginal) {

  public static final int MAX_CARDS = 10;
  public static final int MAX_ROWS = 5;
  public static final int MAX_BUTTONS_PER_ROW = 5;

  public Reply {
    message = message == null ? Text.EMPTY : message;
    cards = List.copyOf(cards);
    buttonRows = buttonRows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    if (cards.size() > MAX_CARDS) {
      throw new IllegalArgumentException("at most " + MAX_CARDS + " cards in one reply");
    }
    if (buttonRows.size() > MAX_ROWS
        || buttonRows.stream().anyMatch(row -> row.size() > MAX_BUTTONS_PER_ROW)) {
      throw new IllegalArgumentException("at most 5 rows of 5 buttons in one reply");
    }
    if (message.isEmpty() && cards.isEmpty()) {
      throw new IllegalArgumentException("a reply needs a message or a card");
    }
  }

  /** Who sees a reply. */
  public enum Visibility {
    /** Only the member who asked. */
    PRIVATE,
    /** Everyone in the channel. */
    PUBLIC
  }

  /** A short private message, such as an error or a confirmation. */
  public static Reply privateNotice(Text message) {
    return new Reply(Visibility.PRIVATE, message, List.of(), List.of(), false);
  }

  public static Reply privateNotice(String message) {
    return privateNotice(Text.plain(message));
  }
}
