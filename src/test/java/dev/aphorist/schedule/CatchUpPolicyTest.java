package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CatchUpPolicyTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final CatchUpPolicy policy = new CatchUpPolicy(Duration.ofHours(3));

  private static Subscription subscription(String time, String zone, Instant activeSince) {
    return new Subscription(
        7,
        1,
        2,
        PostingSchedule.of(time, zone, "every day"),
        null,
        false,
        null,
        null,
        3,
        activeSince,
        activeSince,
        activeSince);
  }

  private static Instant berlin(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2025, month, day, hour, minute, 0, 0, BERLIN).toInstant();
  }

  @Test
  void dueAtItsTimeAndWithinTheGraceWindow() {
    Subscription s = subscription("09:00", "Europe/Berlin", berlin(6, 1, 0, 0));
    var onTime = policy.decide(s, berlin(6, 10, 9, 0)).orElseThrow();
    assertThat(onTime.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(onTime.slot().date()).isEqualTo(LocalDate.of(2025, 6, 10));
    // Restarted at 11:59 after an outage: still within 3 h, post it once now.
    assertThat(policy.decide(s, berlin(6, 10, 11, 59)).orElseThrow().status())
        .isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void afterTheGraceWindowTheDayIsRecordedMissed() {
    Subscription s = subscription("09:00", "Europe/Berlin", berlin(6, 1, 0, 0));
    var late = policy.decide(s, berlin(6, 10, 12, 1)).orElseThrow();
    assertThat(late.status()).isEqualTo(DeliveryStatus.MISSED);
    assertThat(late.reason()).contains("grace window of 3 h after 09:00");
  }

  @Test
  void earlierDaysAreLeftAlone() {
    // 23:00 post, restart at 00:30 the next day: within 3 h, but that local day is over.
    Subscription s = subscription("23:00", "Europe/Berlin", berlin(6, 1, 0, 0));
    assertThat(policy.decide(s, berlin(6, 11, 0, 30))).isEmpty();
  }

  @Test
  void slotsBeforeTheSubscriptionBecameActiveAreNotCaughtUp() {
    Subscription s = subscription("09:00", "Europe/Berlin", berlin(6, 10, 9, 30));
    assertThat(policy.decide(s, berlin(6, 10, 10, 0))).isEmpty();
    assertThat(policy.decide(s, berlin(6, 11, 9, 0)).orElseThrow().status())
        .isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void skippedDateIsRecordedSkipped() {
    Subscription base = subscription("09:00", "Europe/Berlin", berlin(6, 1, 0, 0));
    Subscription s =
        new Subscription(
            base.id(),
            base.guildId(),
            base.channelId(),
            base.schedule(),
            null,
            false,
            null,
            LocalDate.of(2025, 6, 10),
            3,
            base.createdAt(),
            base.updatedAt(),
            base.activeSince());
    assertThat(policy.decide(s, berlin(6, 10, 9, 0)).orElseThrow().status())
        .isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(policy.decide(s, berlin(6, 11, 9, 0)).orElseThrow().status())
        .isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void pausedSubscriptionsNeverBecomeDue() {
    Subscription base = subscription("09:00", "Europe/Berlin", berlin(6, 1, 0, 0));
    Subscription paused =
        new Subscription(
            base.id(),
            base.guildId(),
            base.channelId(),
            base.schedule(),
            null,
            true,
            "by admin",
            null,
            3,
            base.createdAt(),
            base.updatedAt(),
            base.activeSince());
    assertThat(policy.decide(paused, berlin(6, 10, 9, 0))).isEmpty();
  }

  @Test
  void springForwardSlotIsDueAtTheEndOfTheGap() {
    Subscription s = subscription("02:30", "Europe/Berlin", berlin(3, 1, 0, 0));
    // 01:59 CET: the slot of March 30 is not yet due, and March 29 is over.
    assertThat(policy.decide(s, berlin(3, 30, 1, 59))).isEmpty();
    var at = policy.decide(s, berlin(3, 30, 3, 0)).orElseThrow();
    assertThat(at.slot().date()).isEqualTo(LocalDate.of(2025, 3, 30));
    assertThat(at.status()).isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void fallBackSlotIsOneSlotThroughTheRepeatedHour() {
    Subscription s = subscription("02:30", "Europe/Berlin", berlin(10, 1, 0, 0));
    Instant first =
        ZonedDateTime.ofLocal(
                java.time.LocalDateTime.of(2025, 10, 26, 2, 30),
                BERLIN,
                java.time.ZoneOffset.ofHours(2))
            .toInstant();
    Instant second = first.plus(Duration.ofHours(1)); // 02:30 again, now +01:00
    var atFirst = policy.decide(s, first).orElseThrow();
    var atSecond = policy.decide(s, second).orElseThrow();
    // The same slot (same date and instant) both times: its one record decides.
    assertThat(atSecond.slot()).isEqualTo(atFirst.slot());
    assertThat(atFirst.slot().instant()).isEqualTo(first);
  }
}
