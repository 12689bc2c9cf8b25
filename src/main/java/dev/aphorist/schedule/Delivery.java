package dev.aphorist.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One subscription's post of one local date, as stored.
 *
 * @param quoteId the quote chosen for it, once chosen, else null
 * @param attempts requests made to Discord so far
 * @param messageId Discord's message id once sent, else null
 * @param nonce the nonce every attempt sends (with enforce_nonce)
 * @param reason why it is not (yet) sent: the last error, or why it was skipped or missed
 * @param dueAt the scheduled post instant
 * @param dayEndsAt the end of the local day: retries stop there
 * @param readyAt when a dispatcher may take it next; null once final
 * @param claimedBy the scheduler instance that holds or held it
 * @param attemptStartedAt start of the request in flight or last made, null if none since claimed
 * @param uncertainSince the first attempt whose outcome is unknown (it may have posted), else null
 */
public record Delivery(
    long subscriptionId,
    LocalDate localDate,
    long channelId,
    DeliveryStatus status,
    String quoteId,
    int attempts,
    Long messageId,
    String nonce,
    String reason,
    Instant dueAt,
    Instant dayEndsAt,
    Instant readyAt,
    String claimedBy,
    Instant attemptStartedAt,
    Instant uncertainSince,
    Instant createdAt,
    Instant updatedAt,
    Instant sentAt) {

  public DeliveryKey key() {
    return new DeliveryKey(subscriptionId, localDate);
  }
}
