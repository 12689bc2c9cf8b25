package dev.aphorist.schedule;

import java.time.ZonedDateTime;

/**
 * A subscription as /qotd status shows it.
 *
 * @param next the next post in the subscription's zone, or null while paused
 * @param nextForViewer the same moment in the viewer's zone, or null while paused
 * @param lastDelivery the most recent delivery record, or null if none yet
 */
public record SubscriptionStatus(
    Subscription subscription, Slot next, ZonedDateTime nextForViewer, Delivery lastDelivery) {}
