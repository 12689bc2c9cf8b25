package dev.aphorist.schedule;

import java.time.Instant;

/**
 * A delivery record about to be created for a due slot.
 *
 * @param status PENDING for a post to make, SKIPPED or MISSED for a day that will not post
 * @param reason why, for SKIPPED and MISSED; null for PENDING
 */
public record NewDelivery(
    DeliveryKey key,
    long channelId,
    DeliveryStatus status,
    String nonce,
    String reason,
    Instant dueAt,
    Instant dayEndsAt) {}
