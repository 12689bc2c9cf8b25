package dev.aphorist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.schedule.DeliveryKey;
import dev.aphorist.schedule.DeliveryStatus;
import dev.aphorist.schedule.NewDelivery;
import dev.aphorist.schedule.PostingSchedule;
import dev.aphorist.schedule.Subscription;
import dev.aphorist.schedule.SubscriptionRequest;
import dev.aphorist.testing.OnH2AndPostgres;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class JdbcSubscriptionStoreTest {

  private static final Instant T0 = Instant.parse("2025-06-10T08:00:00Z");

  private static SubscriptionRequest request(long channel, String time, String zone, String days) {
    return new SubscriptionRequest(10, channel, PostingSchedule.of(time, zone, days), null, 99);
  }

  @OnH2AndPostgres
  void subscribeCreatesThenUpdatesTheChannelsOneSubscription(Database database) {
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(database.dataSource());
    Subscription created = store.upsert(request(500, "09:30", "Europe/Berlin", "mon,wed,fri"), T0);
    assertThat(created.channelId()).isEqualTo(500);
    assertThat(created.schedule().toString()).isEqualTo("09:30 Europe/Berlin mon,wed,fri");
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.activeSince()).isEqualTo(T0);
    assertThat(created.paused()).isFalse();

    Instant t1 = T0.plusSeconds(60);
    Subscription sameSchedule =
        store.upsert(new SubscriptionRequest(10, 500, created.schedule(), "testing", 98), t1);
    assertThat(sameSchedule.id()).isEqualTo(created.id());
    assertThat(sameSchedule.topic()).isEqualTo("testing");
    assertThat(sameSchedule.activeSince())
        .as("topic change keeps the schedule running")
        .isEqualTo(T0);
    assertThat(sameSchedule.createdBy()).isEqualTo(99);

    Instant t2 = T0.plusSeconds(120);
    Subscription moved = store.upsert(request(500, "07:00", "Asia/Tokyo", "every day"), t2);
    assertThat(moved.id()).isEqualTo(created.id());
    assertThat(moved.schedule().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(moved.activeSince()).isEqualTo(t2);
    assertThat(moved.updatedAt()).isEqualTo(t2);
    assertThat(store.listByGuild(10)).hasSize(1);
  }

  @OnH2AndPostgres
  void concurrentFirstSubscriptionsOfOneChannelMakeOneRow(Database database) throws Exception {
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(database.dataSource());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Subscription>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int minute = i;
        results.add(pool.submit(() -> store.upsert(request(777, "09:0" + minute, "UTC", ""), T0)));
      }
      for (Future<Subscription> result : results) {
        assertThat(result.get().channelId()).isEqualTo(777);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.listByGuild(10)).hasSize(1);
  }

  @OnH2AndPostgres
  void pauseResumeAndSkip(Database database) {
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(database.dataSource());
    Subscription s = store.upsert(request(1, "09:00", "UTC", ""), T0);

    Subscription paused =
        store.setPaused(1, true, "paused by @ann", T0.plusSeconds(5)).orElseThrow();
    assertThat(paused.paused()).isTrue();
    assertThat(paused.pauseReason()).isEqualTo("paused by @ann");
    assertThat(store.listActive()).isEmpty();
    assertThat(store.pauseIfActive(s.id(), "channel deleted", T0)).isFalse();

    Subscription resumed = store.setPaused(1, false, null, T0.plusSeconds(9)).orElseThrow();
    assertThat(resumed.paused()).isFalse();
    assertThat(resumed.pauseReason()).isNull();
    assertThat(resumed.activeSince()).isEqualTo(T0.plusSeconds(9));
    assertThat(store.pauseIfActive(s.id(), "Missing Permissions", T0.plusSeconds(10))).isTrue();
    assertThat(store.find(s.id()).orElseThrow().pauseReason()).isEqualTo("Missing Permissions");

    LocalDate day = LocalDate.of(2025, 6, 11);
    assertThat(store.setSkipDate(1, day, T0).orElseThrow().skipDate()).isEqualTo(day);
    assertThat(store.clearSkipDate(s.id(), day.plusDays(1), T0)).isFalse();
    assertThat(store.clearSkipDate(s.id(), day, T0)).isTrue();
    assertThat(store.find(s.id()).orElseThrow().skipDate()).isNull();

    assertThat(store.setPaused(404, true, "x", T0)).isEmpty();
    assertThat(store.setSkipDate(404, day, T0)).isEmpty();
  }

  @OnH2AndPostgres
  void resubscribingAPausedChannelResumesIt(Database database) {
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(database.dataSource());
    Subscription s = store.upsert(request(1, "09:00", "UTC", ""), T0);
    store.pauseIfActive(s.id(), "Missing Permissions", T0);
    Subscription again = store.upsert(request(1, "09:00", "UTC", ""), T0.plusSeconds(30));
    assertThat(again.paused()).isFalse();
    assertThat(again.activeSince()).isEqualTo(T0.plusSeconds(30));
  }

  @OnH2AndPostgres
  void unsubscribeDeletesTheDeliveryRecordsToo(Database database) {
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(database.dataSource());
    JdbcDeliveryStore deliveries = new JdbcDeliveryStore(database.dataSource());
    Subscription s = store.upsert(request(1, "09:00", "UTC", ""), T0);
    DeliveryKey key = new DeliveryKey(s.id(), LocalDate.of(2025, 6, 10));
    deliveries.createIfAbsent(
        new NewDelivery(key, 1, DeliveryStatus.PENDING, "1", null, T0, T0.plusSeconds(3600)), T0);
    assertThat(store.deleteByChannel(1)).isTrue();
    assertThat(store.deleteByChannel(1)).isFalse();
    assertThat(deliveries.find(key)).isEmpty();
  }
}
