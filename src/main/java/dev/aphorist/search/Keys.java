package dev.aphorist.search;

import dev.aphorist.corpus.QuoteId;

/**
 * The comparison form of an author name, handle or tag, shared with the pick package through {@link
 * QuoteId#normalize}: case, accents, '@', '#', hyphens and spacing do not matter, so
 * "@TheBurningMonk", "distributed-systems" and "#Distributed Systems" find what they mean.
 */
final class Keys {

  private Keys() {}

  static String of(String name) {
    return name == null ? "" : QuoteId.normalize(name);
  }
}
