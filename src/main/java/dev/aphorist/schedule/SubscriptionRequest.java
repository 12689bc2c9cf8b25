package dev.aphorist.schedule;

/**
 * What /qotd subscribe asks for; subscribing an already subscribed channel updates it.
 *
 * @param topic optional topic, or null
 * @param requestedBy the Discord user asking
 */
public record SubscriptionRequest(
    long guildId, long channelId, PostingSchedule schedule, String topic, long requestedBy) {

  public SubscriptionRequest {
    if (schedule == null) {
      throw new IllegalArgumentException("a subscription needs a schedule");
    }
    topic = topic == null || topic.isBlank() ? null : topic.strip();
    if (topic != null && topic.length() > 200) {
      throw new IllegalArgumentException("topic is longer than 200 characters");
    }
  }
}
