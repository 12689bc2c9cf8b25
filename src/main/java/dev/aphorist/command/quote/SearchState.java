package dev.aphorist.command.quote;

import dev.aphorist.command.ActionId;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers searches so that Previous and Next buttons can move through their pages. A search small
 * enough to fit in a button id travels inside it, and works even after a restart; a longer one is
 * kept here under a short token, for the most recent {@value #CAPACITY} long searches.
 */
final class SearchState {

  /**
   * What a results page shows.
   *
   * @param query the search words
   * @param author author filter or empty
   * @param topic topic filter or empty
   */
  record Search(String query, String author, String topic) {}

  static final String PAGE_VERB = "page";
  static final String STORED_PAGE_VERB = "pages";
  static final int CAPACITY = 10_000;

  private static final String TOKEN_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Search> stored =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Search> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The button id that opens {@code page} of {@code search}. */
  synchronized ActionId pageAction(Search search, int page) {
    ActionId inline =
        ActionId.of(
            PAGE_VERB, Integer.toString(page), search.query(), search.author(), search.topic());
    if (inline.encodedLength() <= dev.aphorist.command.Button.MAX_ID) {
      return inline;
    }
    String token = tokenFor(search);
    return ActionId.of(STORED_PAGE_VERB, Integer.toString(page), token);
  }

  /** The search and page a button id stands for; empty when a stored search has been forgotten. */
  synchronized Optional<Map.Entry<Search, Integer>> resolve(ActionId action) {
    int page;
    try {
      page = Math.max(0, Integer.parseInt(action.arg(0)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (action.verb().equals(PAGE_VERB)) {
      return Optional.of(Map.entry(new Search(action.arg(1), action.arg(2), action.arg(3)), page));
    }
    Search search = stored.get(action.arg(1));
    return search == null ? Optional.empty() : Optional.of(Map.entry(search, page));
  }

  private String tokenFor(Search search) {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
    }
    stored.put(token.toString(), search);
    return token.toString();
  }
}
