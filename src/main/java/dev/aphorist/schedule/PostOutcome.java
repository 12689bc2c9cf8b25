package dev.aphorist.schedule;

import java.time.Duration;

/** What happened to one request to post a quote. */
public sealed interface PostOutcome {

  /** The message exists (new, or the earlier one Discord found by its nonce). */
  record Sent(long messageId) implements PostOutcome {}

  /**
   * A transient failure (5xx, timeout, outage, rate limit): the post is retried with backoff until
   * the end of the local day.
   *
   * @param reason short description for the delivery record and /qotd status
   * @param mayHavePosted true when the request may have reached Discord and created the message (a
   *     timeout, a broken connection); false when it certainly did not (a 429, a refused
   *     connection)
   * @param retryAfter how long Discord asked every request to wait, or null
   */
  record Retryable(String reason, boolean mayHavePosted, Duration retryAfter)
      implements PostOutcome {

    public static Retryable uncertain(String reason) {
      return new Retryable(reason, true, null);
    }

    public static Retryable notPosted(String reason) {
      return new Retryable(reason, false, null);
    }
  }

  /**
   * Discord refused for good: unknown or deleted channel, bot removed from the server, missing
   * permission. The subscription is paused with this reason; no retry.
   */
  record Permanent(String reason) implements PostOutcome {}
}
