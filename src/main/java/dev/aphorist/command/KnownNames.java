package dev.aphorist.command;

import dev.aphorist.corpus.QuoteId;
import java.util.List;

/** Matching what a member typed against the names the bot knows (topics, authors). */
public final class KnownNames {

  private KnownNames() {}

  /**
   * The known name meant by {@code typed}: the one equal to it ignoring case and punctuation, or
   * else the only suggestion there is; null when there is none or the choice is ambiguous.
   *
   * @param suggestions known names starting like {@code typed}, best first
   */
  public static String match(List<String> suggestions, String typed) {
    String key = QuoteId.normalize(typed);
    for (String suggestion : suggestions) {
      if (QuoteId.normalize(suggestion).equals(key)) {
        return suggestion;
      }
    }
    return suggestions.size() == 1 ? suggestions.get(0) : null;
  }
}
