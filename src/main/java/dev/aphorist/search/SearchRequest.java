package dev.aphorist.search;

/**
 * What to search for. Only {@code query} comes from the user verbatim; it may be anything, and is
 * cut to {@link UserInput#MAX_QUERY_LENGTH}.
 *
 * @param query the user's words; quoted text is a phrase; may be blank when a filter is given
 * @param author only quotes by this author (name or handle, any case), or null for any author
 * @param tag only quotes with this tag (any case, with or without '#'), or null for any tag
 * @param offset how many of the best hits to skip (paging); clamped to 0..{@value #MAX_OFFSET}
 * @param limit how many hits to return; clamped to 1..{@value #MAX_LIMIT}
 */
public record SearchRequest(String query, String author, String tag, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 1000;

  public SearchRequest {
    query = query == null ? "" : query;
    author = author == null || author.isBlank() ? null : author;
    tag = tag == null || tag.isBlank() ? null : tag;
    offset = Math.max(0, Math.min(offset, MAX_OFFSET));
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  /** The first {@value #DEFAULT_LIMIT} hits for a query, unfiltered. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, 0, DEFAULT_LIMIT);
  }

  public SearchRequest byAuthor(String name) {
    return new SearchRequest(query, name, tag, offset, limit);
  }

  public SearchRequest withTag(String name) {
    return new SearchRequest(query, author, name, offset, limit);
  }

  public SearchRequest page(int newOffset, int newLimit) {
    return new SearchRequest(query, author, tag, newOffset, newLimit);
  }
}
