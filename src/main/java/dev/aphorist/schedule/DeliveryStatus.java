package dev.aphorist.schedule;

/** Where a day's delivery stands. */
public enum DeliveryStatus {
  /** Due; waiting for a dispatcher (first attempt or a retry after a transient failure). */
  PENDING,
  /** Claimed by a dispatcher, which may be talking to Discord right now. */
  POSTING,
  /** Posted; the message id is recorded. */
  SENT,
  /** Deliberately not posted: /qotd skip, or paused before it went out. */
  SKIPPED,
  /** Not posted that day: retries ran out with the local day, or the bot was down too long. */
  MISSED,
  /** Discord refused for good (channel deleted, permission revoked): the subscription paused. */
  FAILED;

  /** Whether nothing more will happen to the delivery. */
  public boolean isFinal() {
    return this == SENT || this == SKIPPED || this == MISSED || this == FAILED;
  }
}
