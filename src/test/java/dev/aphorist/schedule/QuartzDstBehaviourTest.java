package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

/**
 * What Quartz's cron triggers really do on daylight-saving days, which is why the engine does not
 * rely on them alone: on a spring-forward day a time inside the gap does not fire at all, and on a
 * fall-back day a time inside the repeated hour fires once, at its second occurrence. The sweep
 * ({@link DueMarker#sweep}) posts such days at the time {@link PostingSchedule} defines (end of the
 * gap, first occurrence), and the delivery record keeps the later Quartz firing from posting again.
 */
class QuartzDstBehaviourTest {

  private static List<OffsetDateTime> fireTimes(String cron, String zone, String from, int count)
      throws ParseException {
    CronExpression expression = new CronExpression(cron);
    expression.setTimeZone(TimeZone.getTimeZone(zone));
    List<OffsetDateTime> times = new ArrayList<>();
    Date after = Date.from(Instant.parse(from));
    for (int i = 0; i < count; i++) {
      after = expression.getTimeAfter(after);
      times.add(after.toInstant().atZone(ZoneId.of(zone)).toOffsetDateTime());
    }
    return times;
  }

  @Test
  void quartzSkipsATimeInsideTheSpringForwardGap() throws ParseException {
    String cron = PostingSchedule.of("02:30", "Europe/Berlin", "every day").cronExpression();
    List<OffsetDateTime> fires = fireTimes(cron, "Europe/Berlin", "2025-03-29T00:00:00Z", 2);
    assertThat(fires)
        .containsExactly(
            OffsetDateTime.parse("2025-03-29T02:30+01:00"),
            OffsetDateTime.parse("2025-03-31T02:30+02:00")); // no fire on March 30

    // Our schedule posts March 30 at the end of the gap instead.
    PostingSchedule schedule = PostingSchedule.of("02:30", "Europe/Berlin", "every day");
    assertThat(schedule.slotOn(LocalDate.of(2025, 3, 30)).orElseThrow().at().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2025-03-30T03:00+02:00"));
  }

  @Test
  void quartzFiresOnceAtTheSecondOccurrenceOnAFallBackDay() throws ParseException {
    String cron = PostingSchedule.of("01:30", "America/New_York", "every day").cronExpression();
    List<OffsetDateTime> fires = fireTimes(cron, "America/New_York", "2025-11-01T12:00:00Z", 2);
    assertThat(fires)
        .containsExactly(
            OffsetDateTime.parse("2025-11-02T01:30-05:00"), // the second 01:30 only
            OffsetDateTime.parse("2025-11-03T01:30-05:00"));

    PostingSchedule schedule = PostingSchedule.of("01:30", "America/New_York", "every day");
    assertThat(schedule.slotOn(LocalDate.of(2025, 11, 2)).orElseThrow().at().toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2025-11-02T01:30-04:00"));
  }
}
