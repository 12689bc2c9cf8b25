package dev.aphorist.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides what a subscription's most recent slot needs at a given moment, for the trigger that
 * fires on time as much as for the sweep after downtime. Within the grace window after its time, a
 * slot without a delivery record is posted; later on the same local day it is recorded as missed;
 * slots of earlier days, and slots before the subscription became active, are left alone. Whether a
 * record already exists is for the delivery store's unique key to decide.
 */
public final class CatchUpPolicy {

  /** What to record for a slot. */
  public record Decision(Slot slot, DeliveryStatus status, String reason) {}

  private final Duration grace;

  public CatchUpPolicy(Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace window must not be negative: " + grace);
    }
    this.grace = grace;
  }

  public Duration grace() {
    return grace;
  }

  /** The record to create for the latest slot at or before {@code now}, if any. */
  public Optional<Decision> decide(Subscription subscription, Instant now) {
    if (subscription.paused()) {
      return Optional.empty();
    }
    PostingSchedule schedule = subscription.schedule();
    Slot slot = schedule.latestAtOrBefore(now);
    if (slot.instant().isBefore(subscription.activeSince())) {
      return Optional.empty();
    }
    if (!now.isBefore(schedule.endOfDay(slot.date()))) {
      return Optional.empty();
    }
    if (slot.date().equals(subscription.skipDate())) {
      return Optional.of(new Decision(slot, DeliveryStatus.SKIPPED, "skipped with /qotd skip"));
    }
    if (Duration.between(slot.instant(), now).compareTo(grace) > 0) {
      return Optional.of(
          new Decision(
              slot,
              DeliveryStatus.MISSED,
              "not posted within the grace window of "
                  + describe(grace)
                  + " after "
                  + PostingSchedule.formatTime(slot.at().toLocalTime())
                  + " (the bot was not running)"));
    }
    return Optional.of(new Decision(slot, DeliveryStatus.PENDING, null));
  }

  static String describe(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % 60 == 0 && minutes > 0) {
      return (minutes / 60) + " h";
    }
    return minutes > 0 ? minutes + " min" : duration.toSeconds() + " s";
  }
}
