package dev.aphorist.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of raw document a quote was extracted from; each kind has its own reader. */
public enum DocumentKind {
  PROFILE_SCRAPE("profile-scrape"),
  THREAD_UNROLL("thread-unroll"),
  BLOG_POST("blog-post"),
  /**
   * Posts or passages imported from an export (X archive, Mastodon outbox, fortune file, quote
   * list...): a JSON-lines file written by {@code aphorist corpus import}, one item a line.
   */
  IMPORTED("imported");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Parses a label such as {@code thread-unroll}; also accepts the enum name and spaces. */
  @JsonCreator
  public static DocumentKind fromLabel(String value) {
    if (value != null) {
      String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
      for (DocumentKind kind : values()) {
        if (kind.label.equals(wanted)) {
          return kind;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown document kind '"
            + value
            + "' (expected one of "
            + Arrays.stream(values()).map(DocumentKind::label).collect(Collectors.joining(", "))
            + ")");
  }

  @Override
  public String toString() {
    return label;
  }
}
