package dev.aphorist.schedule;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of one subscription: when its trigger fires, make today's post due. Quick (one or
 * two statements) and idempotent, so Quartz may recover it on another node after a crash.
 */
final class DailyPostJob implements Job {

  static final String SUBSCRIPTION_ID = "subscriptionId";

  private final DueMarker marker;

  DailyPostJob(DueMarker marker) {
    this.marker = marker;
  }

  @Override
  public void execute(JobExecutionContext context) {
    long subscriptionId = Long.parseLong(context.getMergedJobDataMap().getString(SUBSCRIPTION_ID));
    var scheduled = context.getScheduledFireTime();
    marker.markDue(subscriptionId, scheduled == null ? null : scheduled.toInstant());
  }
}
