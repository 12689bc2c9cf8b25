package dev.aphorist.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Quartz cron trigger per active subscription, in the subscription's own zone, stored with the
 * JDBC job store in the application database. Keys are derived from the subscription id, so a
 * restart or a second process finds the same job instead of adding one; changing a subscription
 * replaces its trigger. On PostgreSQL the scheduler runs clustered: every trigger fires on exactly
 * one of the processes.
 */
final class QuartzTriggers implements TriggerScheduler, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(QuartzTriggers.class);

  static final String SCHEDULER_NAME = "aphorist";
  static final String GROUP = "qotd";

  private static final String NAME_PREFIX = "subscription-";
  private static final int RECONCILE_BATCH = 500;

  private final Scheduler scheduler;
  private final DataSource dataSource;

  private QuartzTriggers(Scheduler scheduler, DataSource dataSource) {
    this.scheduler = scheduler;
    this.dataSource = dataSource;
  }

  /**
   * Creates the scheduler (in standby) over {@code dataSource}.
   *
   * @param clusterCheckinMillis how often a clustered node checks in; others take over its triggers
   *     after a few missed check-ins
   */
  static QuartzTriggers create(
      DataSource dataSource,
      String instanceId,
      int threads,
      long clusterCheckinMillis,
      DueMarker marker) {
    boolean postgres = isPostgres(dataSource);
    // Quartz looks data sources up by name in its own registry: register our pool there rather
    // than letting Quartz build a pool of its own.
    String dataSourceName = "aphorist-" + instanceId;
    DBConnectionManager.getInstance()
        .addConnectionProvider(dataSourceName, new PoolProvider(dataSource));

    Properties props = new Properties();
    props.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, SCHEDULER_NAME);
    props.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, instanceId);
    props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    props.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
    props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    props.setProperty("org.quartz.threadPool.threadNamePrefix", "qotd-quartz-" + instanceId);
    // Batches of triggers due together are fired without a lock round trip each; taking them
    // within the lock keeps batches correct in a cluster (and avoids stalls after lost races).
    props.setProperty(
        "org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(threads * 4));
    props.setProperty("org.quartz.scheduler.batchTriggerAcquisitionFireAheadTimeWindow", "1000");
    props.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
    props.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        postgres ? PostgreSQLDelegate.class.getName() : StdJDBCDelegate.class.getName());
    props.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    props.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    props.setProperty("org.quartz.jobStore.useProperties", "true");
    props.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    props.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    props.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(postgres));
    props.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval", Long.toString(clusterCheckinMillis));
    try {
      StdSchedulerFactory factory = new StdSchedulerFactory(props);
      Scheduler scheduler = factory.getScheduler();
      // We hold the scheduler ourselves and never look it up by name; unbinding it from Quartz's
      // JVM-wide registry lets several nodes of one cluster share a JVM (tests, benchmarks).
      SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
      scheduler.setJobFactory(
          (bundle, owner) -> {
            if (bundle.getJobDetail().getJobClass() != DailyPostJob.class) {
              throw new SchedulerException(
                  "unknown job class " + bundle.getJobDetail().getJobClass().getName());
            }
            return new DailyPostJob(marker);
          });
      log.info(
          "Quartz scheduler {} on {} ({})",
          instanceId,
          postgres ? "PostgreSQL" : "H2",
          postgres ? "clustered" : "single process");
      return new QuartzTriggers(scheduler, dataSource);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }

  static JobKey jobKey(long subscriptionId) {
    return JobKey.jobKey(NAME_PREFIX + subscriptionId, GROUP);
  }

  static TriggerKey triggerKey(long subscriptionId) {
    return TriggerKey.triggerKey(NAME_PREFIX + subscriptionId, GROUP);
  }

  void start() {
    try {
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Makes the stored triggers match the active subscriptions: adds missing ones, replaces those
   * whose schedule changed, and removes those of paused or deleted subscriptions.
   */
  void reconcile(List<Subscription> active) {
    try {
      Map<Long, String> stored = storedSchedules();
      Map<JobDetail, Set<? extends Trigger>> toSchedule = new HashMap<>();
      int scheduled = 0;
      for (Subscription subscription : active) {
        String signature = stored.remove(subscription.id());
        if (!signature(subscription).equals(signature)) {
          JobDetail job = job(subscription);
          toSchedule.put(job, Set.of(trigger(subscription, job)));
          if (toSchedule.size() == RECONCILE_BATCH) {
            scheduler.scheduleJobs(toSchedule, true);
            scheduled += toSchedule.size();
            toSchedule.clear();
          }
        }
      }
      if (!toSchedule.isEmpty()) {
        scheduler.scheduleJobs(toSchedule, true);
        scheduled += toSchedule.size();
      }
      List<JobKey> orphans = stored.keySet().stream().map(QuartzTriggers::jobKey).toList();
      if (!orphans.isEmpty()) {
        scheduler.deleteJobs(orphans);
      }
      log.info(
          "triggers: {} active subscriptions, {} scheduled or replaced, {} removed",
          active.size(),
          scheduled,
          orphans.size());
    } catch (SchedulerException | SQLException e) {
      throw new IllegalStateException("cannot reconcile Quartz triggers: " + e.getMessage(), e);
    }
  }

  /**
   * The schedule of every stored subscription trigger, read in one query from the job store's cron
   * trigger table (asking Quartz trigger by trigger costs several queries each, which adds up to
   * minutes at start-up with tens of thousands of subscriptions).
   */
  private Map<Long, String> storedSchedules() throws SQLException {
    Map<Long, String> schedules = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT TRIGGER_NAME, CRON_EXPRESSION, TIME_ZONE_ID FROM QRTZ_CRON_TRIGGERS"
                    + " WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?")) {
      query.setString(1, SCHEDULER_NAME);
      query.setString(2, GROUP);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String name = rows.getString(1);
          if (name.startsWith(NAME_PREFIX)) {
            schedules.put(
                Long.parseLong(name.substring(NAME_PREFIX.length())),
                rows.getString(2) + "|" + rows.getString(3));
          }
        }
      }
    }
    return schedules;
  }

  private static String signature(Subscription subscription) {
    return subscription.schedule().cronExpression() + "|" + subscription.schedule().zone().getId();
  }

  @Override
  public void sync(Subscription subscription) {
    if (subscription.paused()) {
      remove(subscription.id());
      return;
    }
    try {
      if (!matches(subscription)) {
        schedule(subscription);
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "cannot schedule subscription " + subscription.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void remove(long subscriptionId) {
    try {
      scheduler.deleteJob(jobKey(subscriptionId));
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "cannot remove the trigger of subscription " + subscriptionId + ": " + e.getMessage(), e);
    }
  }

  /** The next time Quartz will fire the subscription's trigger. */
  Optional<Date> nextFireTime(long subscriptionId) {
    try {
      Trigger trigger = scheduler.getTrigger(triggerKey(subscriptionId));
      return Optional.ofNullable(trigger).map(Trigger::getNextFireTime);
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** How many subscription triggers Quartz stores. */
  int triggerCount() {
    try {
      return scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP)).size();
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private boolean matches(Subscription subscription) throws SchedulerException {
    Trigger trigger = scheduler.getTrigger(triggerKey(subscription.id()));
    return trigger instanceof CronTrigger cron
        && cron.getCronExpression().equals(subscription.schedule().cronExpression())
        && cron.getTimeZone().getID().equals(subscription.schedule().zone().getId());
  }

  private void schedule(Subscription subscription) throws SchedulerException {
    JobDetail job = job(subscription);
    scheduler.scheduleJob(job, Set.of(trigger(subscription, job)), true);
  }

  private static JobDetail job(Subscription subscription) {
    return JobBuilder.newJob(DailyPostJob.class)
        .withIdentity(jobKey(subscription.id()))
        .usingJobData(DailyPostJob.SUBSCRIPTION_ID, Long.toString(subscription.id()))
        // Recoverable: if a node dies while running it, another node runs it again, which is
        // harmless since it only creates the day's record if absent.
        .requestRecovery(true)
        .build();
  }

  private static CronTrigger trigger(Subscription subscription, JobDetail job) {
    PostingSchedule schedule = subscription.schedule();
    return TriggerBuilder.newTrigger()
        .withIdentity(triggerKey(subscription.id()))
        .forJob(job)
        .withSchedule(
            CronScheduleBuilder.cronSchedule(schedule.cronExpression())
                .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                // A misfire (downtime, overload) fires once as soon as possible; the job itself
                // applies the grace window.
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("Quartz shutdown failed: {}", e.getMessage());
    }
  }

  /** Hands Quartz connections from the application's pool, which Quartz must not close. */
  private record PoolProvider(DataSource dataSource) implements ConnectionProvider {

    @Override
    public Connection getConnection() throws SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
      // The pool belongs to the application: it is closed with the Database.
    }

    @Override
    public void initialize() {}
  }

  /** Lists the subscription ids that have a trigger (tests). */
  List<Long> scheduledIds() {
    try {
      List<Long> ids = new ArrayList<>();
      for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        ids.add(Long.parseLong(key.getName().substring(NAME_PREFIX.length())));
      }
      return ids;
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
