package dev.aphorist.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A channel's quote-of-the-day subscription, as stored.
 *
 * @param id database id, stable for the channel's subscription across updates
 * @param guildId Discord server
 * @param channelId Discord text channel; one subscription per channel
 * @param schedule when it posts
 * @param topic optional topic the quote chooser should prefer, or null
 * @param paused whether posting is paused
 * @param pauseReason why: "paused by <user>" or a delivery failure such as a deleted channel; null
 *     when not paused
 * @param skipDate local date of a post to skip, or null
 * @param createdBy Discord user who subscribed the channel first
 * @param createdAt when the channel was first subscribed
 * @param updatedAt last change of any kind
 * @param activeSince posts scheduled before this instant are never caught up (set on subscribe, on
 *     a change of time, zone or days, and on resume)
 */
public record Subscription(
    long id,
    long guildId,
    long channelId,
    PostingSchedule schedule,
    String topic,
    boolean paused,
    String pauseReason,
    LocalDate skipDate,
    long createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant activeSince) {}
