package dev.aphorist.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The fields of the in-memory quote index; each quote is one document. */
final class IndexFields {

  /** Doc values: the quote's position in id order, which maps a hit back to its quote. */
  static final String ORD = "ord";

  /** Doc values: the quote's score in millionths, for listing filtered quotes best first. */
  static final String QUALITY = "quality";

  /**
   * The words of the quote text as written (lower case, folded, no possessive 's, no stop words)
   * and each pair of neighbouring non-stop words (see {@link JoinedPairsFilter}), with positions
   * for phrases. The main relevance field, and the source of the {@link Vocabulary}. No offsets:
   * match spans come from analyzing the few hits again ({@link MatchFinder}).
   */
  static final String TEXT = "text";

  /**
   * The stems of the text's words and of the tags' words (no stop words), with frequencies but no
   * positions: where a bare word is searched, one term whatever its form ("deploys" and "deployed"
   * are both "deploy"), so that a common word is one postings list Lucene can skip through rather
   * than a disjunction of its forms and of the tags.
   */
  static final String STEMS = "stems";

  /** Words of the author's name and handle. */
  static final String AUTHOR = "author";

  /** Stemmed words of the tags. */
  static final String TAGS = "tags";

  /** Exact author keys (normalized name and handle), for filters. */
  static final String AUTHOR_KEY = "author_key";

  /** Exact tag keys, for filters. */
  static final String TAG_KEY = "tag_key";

  /**
   * Not indexed: the name under which the analyzers give a text's words lower case and folded, stop
   * words included.
   */
  static final String WORDS = "words";

  /**
   * Author names and tags: a few words each, where length normalization means nothing, so no norms
   * (which also spares reading them while scoring).
   */
  static final FieldType NAME_WORDS = nameWords();

  /** The stems field: frequencies and length norms, no positions (phrases use the text field). */
  static final FieldType STEM_WORDS = stemWords();

  private IndexFields() {}

  private static FieldType stemWords() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType nameWords() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
