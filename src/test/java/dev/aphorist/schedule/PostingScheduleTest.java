package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostingScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void parsesTimes() {
    assertThat(PostingSchedule.parseTime("09:30")).isEqualTo(LocalTime.of(9, 30));
    assertThat(PostingSchedule.parseTime(" 7:05 ")).isEqualTo(LocalTime.of(7, 5));
    assertThat(PostingSchedule.formatTime(LocalTime.of(7, 5))).isEqualTo("07:05");
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "12:60", "9.30", "0930", "noon", ""})
  void rejectsBadTimes(String text) {
    assertThatThrownBy(() -> PostingSchedule.parseTime(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time '" + text.strip() + "'");
  }

  @Test
  void nextPostInItsZoneAndInAViewersZone() {
    PostingSchedule schedule = PostingSchedule.of("09:00", "Europe/Berlin", "every day");
    Instant now = ZonedDateTime.of(2025, 6, 10, 8, 0, 0, 0, BERLIN).toInstant();
    Slot next = schedule.nextAfter(now);
    assertThat(next.at()).isEqualTo(ZonedDateTime.of(2025, 6, 10, 9, 0, 0, 0, BERLIN));
    assertThat(next.at().withZoneSameInstant(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
    assertThat(next.at().withZoneSameInstant(ZoneId.of("Asia/Kolkata")).toLocalTime())
        .isEqualTo(LocalTime.of(12, 30));

    Slot afterIt = schedule.nextAfter(next.instant());
    assertThat(afterIt.date()).isEqualTo(LocalDate.of(2025, 6, 11));
  }

  @Test
  void localDateIsTheSubscriptionsNotUtcs() {
    // 23:30 in Tokyo is 14:30 UTC the same day; 07:00 in Auckland is the previous day in UTC.
    PostingSchedule auckland = PostingSchedule.of("07:00", "Pacific/Auckland", "every day");
    Instant utcEvening = Instant.parse("2025-06-10T20:00:00Z"); // 08:00 June 11 in Auckland
    Slot latest = auckland.latestAtOrBefore(utcEvening);
    assertThat(latest.date()).isEqualTo(LocalDate.of(2025, 6, 11));
    assertThat(latest.instant()).isEqualTo(Instant.parse("2025-06-10T19:00:00Z"));
  }

  @Test
  void daysRuleSkipsExcludedDays() {
    PostingSchedule weekdays = PostingSchedule.of("09:00", "UTC", "weekdays");
    Instant fridayNoon = Instant.parse("2025-06-13T12:00:00Z");
    assertThat(weekdays.nextAfter(fridayNoon).date())
        .isEqualTo(LocalDate.of(2025, 6, 16)); // Monday
    Instant sundayNoon = Instant.parse("2025-06-15T12:00:00Z");
    assertThat(weekdays.latestAtOrBefore(sundayNoon).date()).isEqualTo(LocalDate.of(2025, 6, 13));
    assertThat(weekdays.slotOn(LocalDate.of(2025, 6, 14))).isEmpty();
  }

  @Test
  void skippedDateIsPassedOver() {
    PostingSchedule schedule = PostingSchedule.of("09:00", "UTC", "every day");
    Instant now = Instant.parse("2025-06-10T08:00:00Z");
    assertThat(schedule.nextAfter(now, LocalDate.of(2025, 6, 10)).date())
        .isEqualTo(LocalDate.of(2025, 6, 11));
  }

  @ParameterizedTest(name = "{0} {1} on {2} posts at {3}")
  @CsvSource({
    // Spring forward: the time falls in the gap, so the post is at the end of the gap, once.
    "Europe/Berlin, 02:30, 2025-03-30, 2025-03-30T03:00+02:00",
    "America/New_York, 02:30, 2025-03-09, 2025-03-09T03:00-04:00",
    "America/New_York, 02:00, 2025-03-09, 2025-03-09T03:00-04:00",
    // Lord Howe moves by 30 minutes: 02:15 does not exist, 02:30 does.
    "Australia/Lord_Howe, 02:15, 2025-10-05, 2025-10-05T02:30+11:00",
    // Fall back: the time happens twice; the post is at the first occurrence.
    "Europe/Berlin, 02:30, 2025-10-26, 2025-10-26T02:30+02:00",
    "America/New_York, 01:30, 2025-11-02, 2025-11-02T01:30-04:00",
    // Ordinary days either side.
    "Europe/Berlin, 02:30, 2025-03-29, 2025-03-29T02:30+01:00",
    "Europe/Berlin, 02:30, 2025-03-31, 2025-03-31T02:30+02:00",
  })
  void daylightSavingDays(String zone, String time, LocalDate date, String expected) {
    PostingSchedule schedule = PostingSchedule.of(time, zone, "every day");
    Slot slot = schedule.slotOn(date).orElseThrow();
    assertThat(slot.date()).isEqualTo(date);
    assertThat(slot.at().toOffsetDateTime()).isEqualTo(java.time.OffsetDateTime.parse(expected));
  }

  @Test
  void exactlyOneSlotPerDayAcrossDstChanges() {
    // Walking slot to slot through a whole year visits every date exactly once.
    for (String zone : new String[] {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe"}) {
      for (String time : new String[] {"00:30", "01:30", "02:00", "02:30", "03:00"}) {
        PostingSchedule schedule = PostingSchedule.of(time, zone, "every day");
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        Slot slot = schedule.nextAfter(t);
        LocalDate expectedDate = slot.date();
        for (int i = 0; i < 365; i++) {
          assertThat(slot.date()).as("%s %s", zone, time).isEqualTo(expectedDate);
          Slot next = schedule.nextAfter(slot.instant());
          assertThat(next.instant()).isAfter(slot.instant());
          expectedDate = expectedDate.plusDays(1);
          slot = next;
        }
      }
    }
  }

  @Test
  void latestAtOrBeforeOnASpringForwardDay() {
    PostingSchedule schedule = PostingSchedule.of("02:30", "Europe/Berlin", "every day");
    Instant justAfterGap = ZonedDateTime.of(2025, 3, 30, 3, 0, 1, 0, BERLIN).toInstant();
    assertThat(schedule.latestAtOrBefore(justAfterGap).date()).isEqualTo(LocalDate.of(2025, 3, 30));
    Instant justBefore = ZonedDateTime.of(2025, 3, 30, 1, 59, 0, 0, BERLIN).toInstant();
    assertThat(schedule.latestAtOrBefore(justBefore).date()).isEqualTo(LocalDate.of(2025, 3, 29));
  }

  @Test
  void endOfDayFollowsTheZone() {
    PostingSchedule schedule = PostingSchedule.of("09:00", "Europe/Berlin", "every day");
    assertThat(schedule.endOfDay(LocalDate.of(2025, 6, 10)))
        .isEqualTo(Instant.parse("2025-06-10T22:00:00Z"));
  }

  @Test
  void cronExpressions() {
    assertThat(PostingSchedule.of("09:05", "UTC", "every day").cronExpression())
        .isEqualTo("0 5 9 * * ?");
    assertThat(PostingSchedule.of("18:30", "UTC", "sat,sun").cronExpression())
        .isEqualTo("0 30 18 ? * SAT,SUN");
  }
}
