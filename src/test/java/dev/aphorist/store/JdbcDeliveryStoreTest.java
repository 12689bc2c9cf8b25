package dev.aphorist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.schedule.Delivery;
import dev.aphorist.schedule.DeliveryKey;
import dev.aphorist.schedule.DeliveryStatus;
import dev.aphorist.schedule.NewDelivery;
import dev.aphorist.schedule.PostingSchedule;
import dev.aphorist.schedule.ShardScope;
import dev.aphorist.schedule.Subscription;
import dev.aphorist.schedule.SubscriptionRequest;
import dev.aphorist.testing.OnH2AndPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class JdbcDeliveryStoreTest {

  private static final Instant T0 = Instant.parse("2025-06-10T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2025, 6, 10);
  private static final Duration LEASE = Duration.ofSeconds(30);

  private static List<Subscription> subscribe(Database database, int count) {
    JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database.dataSource());
    List<Subscription> result = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      result.add(
          subscriptions.upsert(
              new SubscriptionRequest(1, i, PostingSchedule.of("09:00", "UTC", ""), null, 1), T0));
    }
    return result;
  }

  private static NewDelivery pending(Subscription s, Instant due) {
    return new NewDelivery(
        new DeliveryKey(s.id(), DAY),
        s.channelId(),
        DeliveryStatus.PENDING,
        "n" + s.id(),
        null,
        due,
        T0.plus(Duration.ofHours(15)));
  }

  @OnH2AndPostgres
  void theUniqueKeyLetsOneCreatorWin(Database database) throws Exception {
    Subscription s = subscribe(database, 1).get(0);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> store.createIfAbsent(pending(s, T0), T0)));
    }
    int created = 0;
    for (Future<Boolean> result : results) {
      created += result.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(created).isEqualTo(1);
    Delivery d = store.find(new DeliveryKey(s.id(), DAY)).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(d.readyAt()).isEqualTo(T0);
    assertThat(d.attempts()).isZero();
    assertThat(store.keysSince(DAY)).containsExactly(d.key());
    assertThat(store.keysSince(DAY.plusDays(1))).isEmpty();
  }

  @OnH2AndPostgres
  void aProcessClaimsOnlyTheServersOfItsOwnShards(Database database) {
    JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database.dataSource());
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    // Real snowflakes: Discord puts a server on shard (id >> 22) % total.
    long onShard0 = 1573940097680801792L & ~(1L << 22);
    long onShard1 = onShard0 | (1L << 22);
    List<Subscription> subs = new ArrayList<>();
    for (long guild : List.of(onShard0, onShard1, onShard0 + (2L << 22))) {
      subs.add(
          subscriptions.upsert(
              new SubscriptionRequest(
                  guild, guild + 7, PostingSchedule.of("09:00", "UTC", ""), null, 1),
              T0));
    }
    subs.forEach(sub -> store.createIfAbsent(pending(sub, T0), T0));

    List<Delivery> mine = store.claimReady("a", T0, LEASE, 10, new ShardScope(List.of(0), 2));
    assertThat(mine)
        .extracting(Delivery::channelId)
        .containsExactlyInAnyOrder(onShard0 + 7, onShard0 + (2L << 22) + 7);
    List<Delivery> theirs = store.claimReady("b", T0, LEASE, 10, new ShardScope(List.of(1), 2));
    assertThat(theirs).extracting(Delivery::channelId).containsExactly(onShard1 + 7);
    assertThat(new ShardScope(List.of(1), 2).owns(onShard1)).isTrue();
    assertThat(new ShardScope(List.of(1), 2).owns(onShard0)).isFalse();
  }

  @OnH2AndPostgres
  void claimsAreExclusiveAcrossConcurrentClaimers(Database database) throws Exception {
    List<Subscription> subs = subscribe(database, 60);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    for (Subscription s : subs) {
      store.createIfAbsent(pending(s, T0), T0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Delivery>>> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String instance = "node-" + i;
      Callable<List<Delivery>> claimAll =
          () -> {
            List<Delivery> mine = new ArrayList<>();
            List<Delivery> batch;
            while (!(batch = store.claimReady(instance, T0.plusSeconds(1), LEASE, 7)).isEmpty()) {
              mine.addAll(batch);
            }
            return mine;
          };
      claims.add(pool.submit(claimAll));
    }
    Set<DeliveryKey> seen = new HashSet<>();
    int total = 0;
    for (Future<List<Delivery>> claim : claims) {
      for (Delivery d : claim.get()) {
        assertThat(d.status()).isEqualTo(DeliveryStatus.POSTING);
        assertThat(d.readyAt()).isEqualTo(T0.plusSeconds(1).plus(LEASE));
        seen.add(d.key());
        total++;
      }
    }
    pool.shutdown();
    assertThat(total).as("no delivery claimed twice").isEqualTo(60);
    assertThat(seen).hasSize(60);
  }

  @OnH2AndPostgres
  void claimsOldestFirstAndNotBeforeDue(Database database) {
    List<Subscription> subs = subscribe(database, 3);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    store.createIfAbsent(pending(subs.get(0), T0.plusSeconds(20)), T0);
    store.createIfAbsent(pending(subs.get(1), T0.plusSeconds(10)), T0);
    store.createIfAbsent(pending(subs.get(2), T0.plusSeconds(99)), T0);
    List<Delivery> claimed = store.claimReady("a", T0.plusSeconds(30), LEASE, 10);
    assertThat(claimed)
        .extracting(Delivery::subscriptionId)
        .containsExactly(subs.get(1).id(), subs.get(0).id());
  }

  @OnH2AndPostgres
  void anExpiredLeaseWithAStartedAttemptBecomesUncertain(Database database) {
    Subscription s = subscribe(database, 1).get(0);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    DeliveryKey key = new DeliveryKey(s.id(), DAY);
    store.createIfAbsent(pending(s, T0), T0);

    store.claimReady("a", T0, LEASE, 1);
    Instant start = T0.plusSeconds(1);
    assertThat(store.startAttempt(key, "b", "q1", false, start, start.plus(LEASE)))
        .as("not b's")
        .isFalse();
    assertThat(store.startAttempt(key, "a", "q1", false, start, start.plus(LEASE))).isTrue();
    // "a" dies here, mid-request. Nobody may take the delivery before its lease ends ...
    assertThat(store.claimReady("b", start.plusSeconds(29), LEASE, 1)).isEmpty();
    // ... after which "b" takes it, knowing the outcome of a's attempt is unknown.
    Delivery taken = store.claimReady("b", start.plus(LEASE), LEASE, 1).get(0);
    assertThat(taken.claimedBy()).isEqualTo("b");
    assertThat(taken.uncertainSince()).isEqualTo(start);
    assertThat(taken.quoteId()).isEqualTo("q1");
    assertThat(taken.attempts()).isEqualTo(1);
    assertThat(taken.attemptStartedAt()).isNull();
    // "a" comes back to life: it no longer holds the delivery.
    assertThat(store.markRetry(key, "a", "timeout", true, T0, T0)).isFalse();
    assertThat(store.markFinal(key, "a", DeliveryStatus.MISSED, "x", T0)).isFalse();
  }

  @OnH2AndPostgres
  void aClaimedButUnstartedDeliveryIsNotUncertain(Database database) {
    Subscription s = subscribe(database, 1).get(0);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    store.createIfAbsent(pending(s, T0), T0);
    store.claimReady("a", T0, LEASE, 1);
    Delivery taken = store.claimReady("b", T0.plus(LEASE), LEASE, 1).get(0);
    assertThat(taken.uncertainSince()).isNull();
  }

  @OnH2AndPostgres
  void retriesRememberUncertaintyAndSentIsFinal(Database database) {
    Subscription s = subscribe(database, 1).get(0);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    DeliveryKey key = new DeliveryKey(s.id(), DAY);
    store.createIfAbsent(pending(s, T0), T0);

    store.claimReady("a", T0, LEASE, 1);
    store.startAttempt(key, "a", "q1", false, T0, T0.plus(LEASE));
    assertThat(store.markRetry(key, "a", "503", false, T0.plusSeconds(15), T0)).isTrue();
    Delivery afterCertainFailure = store.find(key).orElseThrow();
    assertThat(afterCertainFailure.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(afterCertainFailure.uncertainSince()).isNull();
    assertThat(afterCertainFailure.reason()).isEqualTo("503");
    assertThat(store.claimReady("a", T0.plusSeconds(14), LEASE, 1)).isEmpty();

    Instant second = T0.plusSeconds(15);
    store.claimReady("a", second, LEASE, 1);
    store.startAttempt(key, "a", "q1", false, second, second.plus(LEASE));
    store.markRetry(key, "a", "timeout", true, second.plusSeconds(30), second);
    assertThat(store.find(key).orElseThrow().uncertainSince()).isEqualTo(second);
    assertThat(store.find(key).orElseThrow().attempts()).isEqualTo(2);

    Instant third = second.plusSeconds(30);
    store.claimReady("a", third, LEASE, 1);
    store.startAttempt(key, "a", "q1", true, third, third.plus(LEASE));
    assertThat(store.find(key).orElseThrow().uncertainSince())
        .as("cleared after a lookup")
        .isNull();
    store.markSent(key, 123456789L, third.plusSeconds(1));
    Delivery sent = store.find(key).orElseThrow();
    assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.messageId()).isEqualTo(123456789L);
    assertThat(sent.readyAt()).isNull();
    assertThat(sent.reason()).isNull();
    assertThat(store.latest(s.id())).contains(sent);
    assertThat(store.claimReady("a", third.plusSeconds(3600), LEASE, 1)).isEmpty();
  }

  @OnH2AndPostgres
  void unfinishedDeliveriesOfEndedDaysBecomeMissed(Database database) {
    List<Subscription> subs = subscribe(database, 3);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    Instant dayEnd = T0.plus(Duration.ofHours(15));
    for (Subscription s : subs) {
      store.createIfAbsent(pending(s, T0), T0);
    }
    DeliveryKey retried = new DeliveryKey(subs.get(0).id(), DAY);
    DeliveryKey inFlight = new DeliveryKey(subs.get(1).id(), DAY);
    DeliveryKey untouched = new DeliveryKey(subs.get(2).id(), DAY);
    store.claimReady("a", T0, LEASE, 2);
    store.markRetry(retried, "a", "502 Bad Gateway", false, dayEnd.minusSeconds(5), T0);
    assertThat(
            store.startAttempt(
                inFlight, "a", "q", false, T0.plusSeconds(1), dayEnd.plusSeconds(20)))
        .isTrue();

    assertThat(store.expireEndedDays(dayEnd.minusSeconds(1))).isZero();
    assertThat(store.expireEndedDays(dayEnd))
        .as("the in-flight one still holds its lease")
        .isEqualTo(2);
    assertThat(store.find(retried).orElseThrow().reason())
        .isEqualTo("retries ended with the local day; last error: 502 Bad Gateway");
    assertThat(store.find(untouched).orElseThrow().reason())
        .isEqualTo("the local day ended before it could be posted");
    assertThat(store.find(inFlight).orElseThrow().status()).isEqualTo(DeliveryStatus.POSTING);
    assertThat(store.expireEndedDays(dayEnd.plusSeconds(20))).isEqualTo(1);
    Delivery lost = store.find(inFlight).orElseThrow();
    assertThat(lost.status()).isEqualTo(DeliveryStatus.MISSED);
    assertThat(lost.reason()).contains("outcome of the last attempt unknown");
  }

  @OnH2AndPostgres
  void finalRecordsForSkippedOrMissedDays(Database database) {
    Subscription s = subscribe(database, 1).get(0);
    JdbcDeliveryStore store = new JdbcDeliveryStore(database.dataSource());
    DeliveryKey key = new DeliveryKey(s.id(), DAY);
    store.createIfAbsent(
        new NewDelivery(
            key,
            s.channelId(),
            DeliveryStatus.SKIPPED,
            "n",
            "skipped with /qotd skip",
            T0,
            T0.plusSeconds(60)),
        T0);
    Delivery skipped = store.find(key).orElseThrow();
    assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(skipped.readyAt()).isNull();
    assertThat(store.claimReady("a", T0.plusSeconds(10), LEASE, 5)).isEmpty();
  }
}
