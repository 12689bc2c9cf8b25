package dev.aphorist.config;

/**
 * A value that must never reach a log or an error message, such as the bot token. Its {@code
 * toString} hides it; only {@link #reveal()} gives it out, at the one place that needs it.
 */
public record Secret(String value) {

  public static final Secret NONE = new Secret("");

  public Secret {
    value = value == null ? "" : value.strip();
  }

  public boolean isPresent() {
    return !value.isEmpty();
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return isPresent() ? "****" : "(none)";
  }
}
