package dev.aphorist.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where delivery records are kept (JDBC implementation in the store package). The operations are
 * atomic across processes: they are what makes a post happen exactly once.
 */
public interface DeliveryStore {

  /** Creates the record unless one exists for its key; true if this call created it. */
  boolean createIfAbsent(NewDelivery delivery, Instant now);

  /**
   * Takes up to {@code max} deliveries that are ready (pending and due, or posting with an expired
   * lease), oldest first, skipping rows other dispatchers are taking at the same moment. Each comes
   * back POSTING, leased to {@code instanceId} until now + lease. A delivery whose previous holder
   * started a request and never reported back has uncertainSince set.
   */
  List<Delivery> claimReady(
      String instanceId, Instant now, Duration lease, int max, ShardScope shards);

  /** {@link #claimReady(String, Instant, Duration, int, ShardScope)} for every server. */
  default List<Delivery> claimReady(String instanceId, Instant now, Duration lease, int max) {
    return claimReady(instanceId, now, lease, max, ShardScope.ALL);
  }

  /**
   * Records the start of a request to Discord, if {@code instanceId} still holds the delivery.
   *
   * @param quoteId the quote being posted (kept for later attempts)
   * @param clearUncertainty whether an earlier uncertain attempt was found not to have posted
   * @param leaseUntil the lease is extended to cover the request
   * @return false if the lease was lost or has expired (nothing was changed, nothing must be
   *     posted)
   */
  boolean startAttempt(
      DeliveryKey key,
      String instanceId,
      String quoteId,
      boolean clearUncertainty,
      Instant now,
      Instant leaseUntil);

  /** Records the post; idempotent, and recorded even if the lease was lost meanwhile. */
  void markSent(DeliveryKey key, long messageId, Instant now);

  /**
   * Puts the delivery back to PENDING until {@code nextAttemptAt}, if {@code instanceId} holds it.
   *
   * @param mayHavePosted whether the failed request may still have created the message
   */
  boolean markRetry(
      DeliveryKey key,
      String instanceId,
      String reason,
      boolean mayHavePosted,
      Instant nextAttemptAt,
      Instant now);

  /** Ends the delivery as SKIPPED, MISSED or FAILED, if {@code instanceId} holds it. */
  boolean markFinal(
      DeliveryKey key, String instanceId, DeliveryStatus status, String reason, Instant now);

  /** Marks MISSED every unfinished delivery whose local day has ended; returns how many. */
  int expireEndedDays(Instant now);

  Optional<Delivery> find(DeliveryKey key);

  /** The subscription's most recent delivery record. */
  Optional<Delivery> latest(long subscriptionId);

  /** Keys of all records on or after {@code from}: what the catch-up sweep need not create. */
  Set<DeliveryKey> keysSince(LocalDate from);
}
