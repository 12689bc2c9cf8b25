package dev.aphorist.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who said a quote. The handle is the social handle without the leading {@code @}, when known.
 *
 * @param name display name, never blank
 * @param handle handle without {@code @}, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Author(String name, String handle) {

  public Author {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("author name must not be blank");
    }
    name = name.strip();
    if (handle != null) {
      handle = handle.strip();
      if (handle.startsWith("@")) {
        handle = handle.substring(1);
      }
      if (handle.isEmpty()) {
        handle = null;
      }
    }
  }

  /** The handle with its {@code @}, or null. */
  public String atHandle() {
    return handle == null ? null : "@" + handle;
  }
}
