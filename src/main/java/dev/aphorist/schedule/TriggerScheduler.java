package dev.aphorist.schedule;

/** Keeps the time-based triggers in line with the subscriptions (Quartz in production). */
interface TriggerScheduler {

  /** Schedules the subscription's trigger, replacing a different one; removes it when paused. */
  void sync(Subscription subscription);

  /** Removes the subscription's trigger, if any. */
  void remove(long subscriptionId);
}
