package dev.aphorist.command.quote;

import dev.aphorist.command.KnownNames;
import dev.aphorist.command.Limits;
import dev.aphorist.command.UserError;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.search.QuoteIndex;
import java.util.List;
import java.util.Set;

/**
 * Topics and authors typed by members, checked against the corpus so that a typo gets a hint rather
 * than silence.
 */
public final class QuoteFilters {

  private static final int CANDIDATES = 25;

  private QuoteFilters() {}

  /** A filter for the topic and author typed (either may be blank). */
  public static PickFilter of(QuoteIndex index, String topic, String author) {
    Set<String> tags = topic.isBlank() ? Set.of() : Set.of(topic(index, topic));
    Set<String> authors = author.isBlank() ? Set.of() : Set.of(author(index, author));
    return PickFilter.of(tags, authors);
  }

  /** The corpus's spelling of a topic. */
  public static String topic(QuoteIndex index, String typed) {
    String known = KnownNames.match(index.completeTag(typed, CANDIDATES), typed);
    if (known == null) {
      throw new UserError(
          "No topic called \""
              + Limits.cut(typed.strip(), 80)
              + "\". Topics include: "
              + String.join(", ", index.completeTag("", 12))
              + ".");
    }
    return known;
  }

  /** The corpus's spelling of an author's name. */
  public static String author(QuoteIndex index, String typed) {
    String known = KnownNames.match(index.completeAuthor(typed, CANDIDATES), typed);
    if (known == null) {
      List<String> close = index.completeAuthor(typed.strip().split("\\s+")[0], 3);
      throw new UserError(
          "No author called \""
              + Limits.cut(typed.strip(), 80)
              + "\"."
              + (close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?"));
    }
    return known;
  }
}
