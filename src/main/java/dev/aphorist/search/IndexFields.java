package dev.aphorist.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The fields of the in-memory quote index; each quote is one document. */
final class IndexFields {

  /** Doc values: the quote's position in id order, which maps a hit back to its quote. */
  static final String ORD = "ord";

  /** Stemmed English words of the quote text: the main relevance field. */
  static final String TEXT = "text";

  /** Surface words of the quote text, lower case: typo matching, spelling and completions. */
  static final String WORDS = "words";

  /**
   * Each pair of adjacent words written together and stemmed, so that the query "microservice"
   * finds a quote saying "micro services".
   */
  static final String JOINED = "joined";

  /** Two-word phrases of the quote text (no stop word at either end), for completions. */
  static final String PHRASES = "phrases";

  /** Words of the author's name and handle. */
  static final String AUTHOR = "author";

  /** Stemmed words of the tags. */
  static final String TAGS = "tags";

  /** Exact author keys (normalized name and handle), for filters. */
  static final String AUTHOR_KEY = "author_key";

  /** Exact tag keys, for filters. */
  static final String TAG_KEY = "tag_key";

  /** Feature field holding the quote's score, for the gentle quality boost. */
  static final String FEATURES = "features";

  static final String QUALITY = "quality";

  /**
   * Full-text fields that index character offsets, so that a hit can report where in the original
   * quote text each matched word sits.
   */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /** Phrases only need to be enumerated with their document counts. */
  static final FieldType DOCS_ONLY = docsOnly();

  private IndexFields() {}

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType docsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
