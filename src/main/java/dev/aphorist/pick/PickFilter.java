package dev.aphorist.pick;

import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The topics and authors a channel chose. A quote is eligible when it carries any of the tags (if
 * tags are given) and is by any of the authors (if authors are given): "writing by Joe" means Joe's
 * quotes on writing. With neither, every quote is. Names compare by {@link QuoteId#normalize}, so
 * case, '#', '@' and hyphens do not matter ("#Distributed Systems" is the tag distributed-systems,
 * "@theburningmonk" the author with that handle).
 *
 * @param tags normalized tag keys
 * @param authors normalized author keys (names or handles)
 */
public record PickFilter(Set<String> tags, Set<String> authors) {

  /** Every quote is eligible. */
  public static final PickFilter ANY = new PickFilter(Set.of(), Set.of());

  public PickFilter {
    tags = keys(tags);
    authors = keys(authors);
  }

  public static PickFilter of(Collection<String> tags, Collection<String> authors) {
    return new PickFilter(
        tags == null ? Set.of() : Set.copyOf(tags),
        authors == null ? Set.of() : Set.copyOf(authors));
  }

  public static PickFilter byTag(String tag) {
    return new PickFilter(Set.of(tag), Set.of());
  }

  public static PickFilter byAuthor(String author) {
    return new PickFilter(Set.of(), Set.of(author));
  }

  /** True when the filter lets every quote through. */
  public boolean isAny() {
    return tags.isEmpty() && authors.isEmpty();
  }

  public boolean accepts(Quote quote) {
    return (tags.isEmpty() || hasTag(quote)) && (authors.isEmpty() || byAuthor(quote));
  }

  private boolean hasTag(Quote quote) {
    for (String tag : quote.tags()) {
      if (tags.contains(QuoteId.normalize(tag))) {
        return true;
      }
    }
    return false;
  }

  private boolean byAuthor(Quote quote) {
    if (quote.author() == null) {
      return false;
    }
    if (authors.contains(QuoteId.normalize(quote.author().name()))) {
      return true;
    }
    String handle = quote.author().handle();
    return handle != null && authors.contains(QuoteId.normalize(handle));
  }

  private static Set<String> keys(Set<String> names) {
    if (names == null) {
      return Set.of();
    }
    return names.stream()
        .filter(name -> name != null)
        .map(QuoteId::normalize)
        .filter(key -> !key.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
