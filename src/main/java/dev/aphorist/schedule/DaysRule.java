package dev.aphorist.schedule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days of the week on which a subscription posts.
 *
 * <p>Written as {@code every day}, {@code weekdays}, {@code weekends}, or a comma separated list of
 * days and ranges such as {@code mon,wed,fri} or {@code mon-thu,sat}; a day is its English name or
 * any prefix of it of three letters or more ({@code tue}, {@code tues}, {@code thurs}). {@link
 * #toString()} gives the canonical text, which {@link #parse} reads back.
 */
public final class DaysRule {

  public static final DaysRule EVERY_DAY = new DaysRule(EnumSet.allOf(DayOfWeek.class));
  public static final DaysRule WEEKDAYS =
      new DaysRule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  public static final DaysRule WEEKENDS =
      new DaysRule(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

  private static final String HELP =
      "use every day, weekdays, weekends, or a list of days such as mon,wed,fri";

  private final Set<DayOfWeek> days;

  private DaysRule(EnumSet<DayOfWeek> days) {
    this.days = Collections.unmodifiableSet(days);
  }

  /** A rule for exactly these days; at least one. */
  public static DaysRule of(Set<DayOfWeek> days) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a days rule needs at least one day");
    }
    return new DaysRule(EnumSet.copyOf(days));
  }

  /**
   * Reads a rule; blank means every day.
   *
   * @throws IllegalArgumentException naming the part that is not understood
   */
  public static DaysRule parse(String text) {
    if (text == null || text.isBlank()) {
      return EVERY_DAY;
    }
    String normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (normalized) {
      case "every day", "everyday", "daily", "all", "*":
        return EVERY_DAY;
      case "weekdays", "weekday", "workdays":
        return WEEKDAYS;
      case "weekends", "weekend":
        return WEEKENDS;
      default:
        break;
    }
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String rawPart : normalized.split(",", -1)) {
      String part = rawPart.strip();
      if (part.isEmpty()) {
        throw new IllegalArgumentException(
            "days '" + text.strip() + "' has an empty entry between commas: " + HELP);
      }
      int dash = part.indexOf('-');
      if (dash >= 0) {
        DayOfWeek from = day(part.substring(0, dash).strip(), text);
        DayOfWeek to = day(part.substring(dash + 1).strip(), text);
        // A range may wrap past Sunday: fri-mon is Friday, Saturday, Sunday, Monday.
        for (DayOfWeek d = from; ; d = d.plus(1)) {
          days.add(d);
          if (d == to) {
            break;
          }
        }
      } else {
        days.add(day(part, text));
      }
    }
    return new DaysRule(days);
  }

  private static DayOfWeek day(String token, String text) {
    if (token.length() >= 3) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().toLowerCase(Locale.ROOT).startsWith(token)) {
          return day;
        }
      }
    }
    throw new IllegalArgumentException(
        "days '" + text.strip() + "': '" + token + "' is not a day of the week; " + HELP);
  }

  public Set<DayOfWeek> days() {
    return days;
  }

  public boolean includes(DayOfWeek day) {
    return days.contains(day);
  }

  /** The day-of-week field of a Quartz cron expression: {@code ?} stands for every day. */
  String cronDayOfWeekField() {
    if (days.size() == 7) {
      return "?";
    }
    return days.stream()
        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(","));
  }

  /** Canonical text: every day, weekdays, weekends, or a list like mon,wed,fri. */
  @Override
  public String toString() {
    if (equals(EVERY_DAY)) {
      return "every day";
    }
    if (equals(WEEKDAYS)) {
      return "weekdays";
    }
    if (equals(WEEKENDS)) {
      return "weekends";
    }
    return days.stream()
        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DaysRule rule && rule.days.equals(days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }
}
