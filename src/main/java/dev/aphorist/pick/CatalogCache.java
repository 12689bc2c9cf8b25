package dev.aphorist.pick;

import dev.aphorist.corpus.Corpus;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalog of the corpus last picked from. A corpus is immutable and replaced as a whole, so one
 * entry, checked by identity, is all the caching needed.
 */
final class CatalogCache {

  private final AtomicReference<QuoteCatalog> last = new AtomicReference<>();

  QuoteCatalog of(Corpus corpus) {
    QuoteCatalog catalog = last.get();
    if (catalog == null || catalog.corpus() != corpus) {
      catalog = QuoteCatalog.of(corpus);
      last.set(catalog);
    }
    return catalog;
  }
}
