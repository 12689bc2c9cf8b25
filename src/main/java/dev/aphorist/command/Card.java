package dev.aphorist.command;

import java.util.List;

/**
 * A block of information for the user: Discord renders it as an embed, the console as a framed
 * paragraph. Any part may be null or empty.
 *
 * @param title heading
 * @param titleUrl link of the heading
 * @param authorName who the content is by
 * @param authorUrl link to the author's profile
 * @param body main text
 * @param fields labelled sections
 * @param footer small print (the quote id, page numbers)
 */
public record Card(
    String title,
    String titleUrl,
    String authorName,
    String authorUrl,
    Text body,
    List<Field> fields,
    String footer) {

  public Card {
    fields = fields == null ? List.of() : List.copyOf(fields);
    body = body == null ? Text.EMPTY : body;
  }

  /**
   * A labelled section of a card.
   *
   * @param name its label
   * @param value its text
   * @param inline whether it may sit beside the next field
   */
  public record Field(String name, Text value, boolean inline) {}
}
