package dev.aphorist.corpus.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code aphorist corpus import --format} understands. */
public enum ImportFormat {
  X_ARCHIVE("x-archive"),
  MASTODON("mastodon"),
  TEXT("text"),
  MARKDOWN("markdown"),
  FORTUNE("fortune"),
  CSV("csv"),
  JSON("json");

  private final String label;

  ImportFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Parses a label such as {@code x-archive}; the message lists the valid ones. */
  public static ImportFormat fromLabel(String value) {
    if (value != null) {
      String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (ImportFormat format : values()) {
        if (format.label.equals(wanted)) {
          return format;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown import format '" + value + "' (expected one of " + labels() + ")");
  }

  /** Every label, comma-separated. */
  public static String labels() {
    return Arrays.stream(values()).map(ImportFormat::label).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return label;
  }
}
