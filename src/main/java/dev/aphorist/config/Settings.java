package dev.aphorist.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to settings with their precedence (environment over file over default). Every read
 * registers the key as known; bad values are collected rather than thrown, so that one start-up
 * error can list every problem at once.
 */
final class Settings {

  private static final Pattern SHORT_DURATION =
      Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

  private final SettingsSource file;
  private final Map<String, String> env;
  private final Set<String> known = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();

  Settings(SettingsSource file, Map<String, String> env) {
    this.file = file;
    this.env = env;
  }

  /**
   * The environment variable that overrides a key: {@code discord.rest-url} ->
   * APHORIST_DISCORD_REST_URL.
   */
  static String envName(String key) {
    return "APHORIST_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  String string(String key, String defaultValue) {
    Raw raw = raw(key);
    return raw == null ? defaultValue : raw.value().strip();
  }

  Secret secret(String key, String... fallbackEnv) {
    Raw raw = raw(key);
    if (raw != null && !raw.value().isBlank()) {
      return new Secret(raw.value());
    }
    for (String name : fallbackEnv) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return new Secret(value);
      }
    }
    return Secret.NONE;
  }

  int integer(String key, int defaultValue, int min, int max) {
    return parsed(
        key,
        defaultValue,
        text -> {
          int value;
          try {
            value = Integer.parseInt(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
          }
          if (value < min || value > max) {
            throw new IllegalArgumentException("must be between " + min + " and " + max);
          }
          return value;
        });
  }

  boolean bool(String key, boolean defaultValue) {
    return parsed(
        key,
        defaultValue,
        text ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true", "yes", "on" -> true;
              case "false", "no", "off" -> false;
              default -> throw new IllegalArgumentException("must be true or false");
            });
  }

  /** Durations as {@code 30s}, {@code 5m}, {@code 6h}, {@code 250ms}, {@code 1d} or ISO-8601. */
  Duration duration(String key, Duration defaultValue, Duration min, Duration max) {
    return parsed(
        key,
        defaultValue,
        text -> {
          Duration value = parseDuration(text);
          if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                "must be between " + format(min) + " and " + format(max));
          }
          return value;
        });
  }

  /**
   * A value parsed by {@code parser}, which explains a bad value by throwing
   * IllegalArgumentException with a short reason.
   */
  <T> T parsed(String key, T defaultValue, Function<String, T> parser) {
    Raw raw = raw(key);
    if (raw == null || raw.value().isBlank()) {
      return defaultValue;
    }
    try {
      return parser.apply(raw.value().strip());
    } catch (IllegalArgumentException e) {
      problems.add(
          raw.where() + key + ": " + e.getMessage() + ", got '" + raw.value().strip() + "'");
      return defaultValue;
    }
  }

  /** Every problem found so far, plus the keys in the file that no setting reads. */
  List<String> problems() {
    List<String> all = new ArrayList<>(problems);
    for (SettingsSource.Entry entry : file.entries().values()) {
      if (!known.contains(entry.key())) {
        all.add(file.name() + ":" + entry.line() + ": " + entry.key() + ": unknown setting");
      }
    }
    return all;
  }

  /** The keys read so far, in reading order. */
  Set<String> knownKeys() {
    return Set.copyOf(known);
  }

  private record Raw(String value, String where) {}

  private Raw raw(String key) {
    known.add(key);
    String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      return new Raw(fromEnv, envName(key) + ": ");
    }
    SettingsSource.Entry entry = file.entries().get(key);
    if (entry == null) {
      return null;
    }
    String where = file.name() + ":" + entry.line() + ": ";
    if (entry.isList()) {
      problems.add(where + key + ": must be a single value, not a list");
      return null;
    }
    return new Raw(entry.value(), where);
  }

  static Duration parseDuration(String text) {
    Matcher matcher = SHORT_DURATION.matcher(text.strip());
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a duration such as 30s, 5m or 6h");
    }
  }

  private static String format(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
