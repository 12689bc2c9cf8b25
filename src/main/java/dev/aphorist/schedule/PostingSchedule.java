package dev.aphorist.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a subscription posts: a local wall-clock time on some days of the week in one zone.
 *
 * <p>Daylight saving: a time that does not exist on a spring-forward day (02:30 when clocks jump
 * from 02:00 to 03:00) posts once, at the first valid moment after the gap (03:00); a time that
 * occurs twice on a fall-back day posts once, at its first occurrence.
 */
public record PostingSchedule(LocalTime time, ZoneId zone, DaysRule days) {

  private static final Pattern HH_MM = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

  /** Every slot is within this many days of any instant: the rule has at least one day a week. */
  private static final int SEARCH_DAYS = 9;

  public PostingSchedule {
    if (time == null || zone == null || days == null) {
      throw new IllegalArgumentException("a posting schedule needs a time, a zone and days");
    }
    time = time.withSecond(0).withNano(0);
  }

  /**
   * Reads a post time written HH:MM (or H:MM), 00:00 to 23:59.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static LocalTime parseTime(String text) {
    String trimmed = text == null ? "" : text.strip();
    var matcher = HH_MM.matcher(trimmed);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "time '" + trimmed + "' is not HH:MM (24-hour clock, for example 09:30)");
    }
    int hour = Integer.parseInt(matcher.group(1));
    int minute = Integer.parseInt(matcher.group(2));
    if (hour > 23 || minute > 59) {
      throw new IllegalArgumentException(
          "time '" + trimmed + "' is out of range: use 00:00 to 23:59");
    }
    return LocalTime.of(hour, minute);
  }

  /** HH:MM, as stored and shown. */
  public static String formatTime(LocalTime time) {
    return FORMAT.format(time);
  }

  /** Reads a zone id exactly; for user input with suggestions, see {@link ZoneMatcher}. */
  public static ZoneId parseZone(String text) {
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("'" + text + "' is not an IANA time zone id");
    }
  }

  /** The post of {@code date}, or empty when the days rule excludes that day. */
  public Optional<Slot> slotOn(LocalDate date) {
    if (!days.includes(date.getDayOfWeek())) {
      return Optional.empty();
    }
    LocalDateTime local = date.atTime(time);
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    ZonedDateTime at;
    if (offsets.isEmpty()) {
      // In a gap: the clocks jump over this time. Post when the gap ends.
      ZoneOffsetTransition gap = rules.getTransition(local);
      at = gap.getInstant().atZone(zone);
    } else {
      // One offset, or two in an overlap: the earlier offset is the first occurrence.
      at = ZonedDateTime.ofLocal(local, zone, offsets.get(0));
    }
    return Optional.of(new Slot(date, at));
  }

  /** The first post strictly after {@code instant}. */
  public Slot nextAfter(Instant instant) {
    return nextAfter(instant, null);
  }

  /** The first post strictly after {@code instant} whose date is not {@code skippedDate}. */
  public Slot nextAfter(Instant instant, LocalDate skippedDate) {
    LocalDate start = instant.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i <= SEARCH_DAYS + 7; i++) {
      LocalDate date = start.plusDays(i);
      if (date.equals(skippedDate)) {
        continue;
      }
      Optional<Slot> slot = slotOn(date);
      if (slot.isPresent() && slot.get().instant().isAfter(instant)) {
        return slot.get();
      }
    }
    throw new IllegalStateException("no post within two weeks of " + instant + " for " + this);
  }

  /** The latest post at or before {@code instant}. */
  public Slot latestAtOrBefore(Instant instant) {
    LocalDate start = instant.atZone(zone).toLocalDate().plusDays(1);
    for (int i = 0; i <= SEARCH_DAYS; i++) {
      Optional<Slot> slot = slotOn(start.minusDays(i));
      if (slot.isPresent() && !slot.get().instant().isAfter(instant)) {
        return slot.get();
      }
    }
    throw new IllegalStateException("no post within a week before " + instant + " for " + this);
  }

  /** The instant {@code date} ends in this zone: the start of the next local day. */
  public Instant endOfDay(LocalDate date) {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The Quartz cron expression of this schedule, to be evaluated in {@link #zone()}. */
  public String cronExpression() {
    String dayOfWeek = days.cronDayOfWeekField();
    String dayOfMonth = dayOfWeek.equals("?") ? "*" : "?";
    return "0 " + time.getMinute() + " " + time.getHour() + " " + dayOfMonth + " * " + dayOfWeek;
  }

  @Override
  public String toString() {
    return formatTime(time) + " " + zone.getId() + " " + days;
  }

  /** Parses a HH:MM time, an exact zone id and a days rule, for tests and stored rows. */
  public static PostingSchedule of(String time, String zone, String days) {
    try {
      return new PostingSchedule(parseTime(time), parseZone(zone), DaysRule.parse(days));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
