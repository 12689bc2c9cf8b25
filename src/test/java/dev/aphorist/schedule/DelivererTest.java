package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.store.Database;
import dev.aphorist.store.JdbcDeliveryStore;
import dev.aphorist.store.JdbcSubscriptionStore;
import dev.aphorist.testing.FakeDiscord;
import dev.aphorist.testing.FixedChooser;
import dev.aphorist.testing.MutableClock;
import dev.aphorist.testing.OnH2AndPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exactly-once rules of one delivery, with the clock in the test's hands: crashes between
 * posting and recording, uncertain outcomes after Discord's nonce window, retries until the end of
 * the local day, permanent failures.
 */
class DelivererTest {

  private static final Instant NINE = Instant.parse("2025-06-10T09:00:00Z");
  private static final Duration NONCE_WINDOW = Duration.ofMinutes(2);

  private final MutableClock clock = new MutableClock(NINE.minusSeconds(3600));
  private final ScheduleSettings settings =
      ScheduleSettings.defaults()
          .withLease(Duration.ofSeconds(30))
          .withNonceWindow(NONCE_WINDOW)
          .withBackoff(new Backoff(Duration.ofSeconds(15), Duration.ofMinutes(10)));
  private final FakeDiscord discord = new FakeDiscord(1000, Duration.ofMinutes(5));
  private final List<Long> removedTriggers = new ArrayList<>();
  private final TriggerScheduler triggers =
      new TriggerScheduler() {
        @Override
        public void sync(Subscription subscription) {}

        @Override
        public void remove(long subscriptionId) {
          removedTriggers.add(subscriptionId);
        }
      };

  private record Fixture(
      JdbcSubscriptionStore subscriptions,
      JdbcDeliveryStore deliveries,
      Subscription subscription,
      DeliveryKey key) {}

  /** A subscription at 09:00 UTC with its delivery of June 10 pending. */
  private Fixture fixture(Database database) {
    JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database.dataSource());
    JdbcDeliveryStore deliveries = new JdbcDeliveryStore(database.dataSource());
    Subscription s =
        subscriptions.upsert(
            new SubscriptionRequest(1, 4242, PostingSchedule.of("09:00", "UTC", ""), null, 7),
            clock.instant());
    clock.set(NINE);
    new DueMarker(
            subscriptions, deliveries, new CatchUpPolicy(Duration.ofHours(3)), clock, () -> {})
        .markDue(s.id(), NINE);
    return new Fixture(
        subscriptions, deliveries, s, new DeliveryKey(s.id(), LocalDate.of(2025, 6, 10)));
  }

  private Deliverer deliverer(Fixture f, String instance, QuotePoster poster) {
    return new Deliverer(
        f.subscriptions(),
        f.deliveries(),
        new FixedChooser(),
        poster,
        triggers,
        new RateLimiter(Duration.ofNanos(1), Ticker.SYSTEM),
        settings,
        instance,
        clock);
  }

  /** Claims like a dispatcher, then delivers. */
  private void claimAndDeliver(Fixture f, String instance, QuotePoster poster) throws Exception {
    for (Delivery d : f.deliveries().claimReady(instance, clock.instant(), settings.lease(), 10)) {
      deliverer(f, instance, poster).deliver(d);
    }
  }

  /** Process "a" claims, records the attempt, posts - and dies before recording the result. */
  private void crashAfterPosting(Fixture f, boolean requestReachedDiscord) {
    Delivery d = f.deliveries().claimReady("a", clock.instant(), settings.lease(), 1).get(0);
    String quote = new FixedChooser().choose(d.channelId(), d.localDate(), null);
    f.deliveries()
        .startAttempt(
            d.key(), "a", quote, false, clock.instant(), clock.instant().plus(settings.lease()));
    if (requestReachedDiscord) {
      assertThat(discord.post(d.channelId(), quote, d.nonce()))
          .isInstanceOf(PostOutcome.Sent.class);
    }
  }

  @OnH2AndPostgres
  void postsOnceAndRecordsTheMessage(Database database) throws Exception {
    Fixture f = fixture(database);
    claimAndDeliver(f, "a", discord);
    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(d.messageId()).isEqualTo(discord.messages().get(0).id());
    assertThat(d.quoteId()).isEqualTo(discord.messages().get(0).quoteId());
    assertThat(d.attempts()).isEqualTo(1);
    assertThat(discord.messages().get(0).nonce())
        .isEqualTo(DeliveryNonce.of(f.subscription().id(), 4242, LocalDate.of(2025, 6, 10)));
    claimAndDeliver(f, "b", discord);
    assertThat(discord.messages()).hasSize(1);
  }

  @OnH2AndPostgres
  void crashBetweenPostAndRecordIsSettledByTheNonce(Database database) throws Exception {
    Fixture f = fixture(database);
    crashAfterPosting(f, true);
    long firstMessage = discord.messages().get(0).id();

    clock.advance(settings.lease()); // the lease of the dead process runs out
    claimAndDeliver(f, "b", discord);

    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(d.messageId()).isEqualTo(firstMessage);
    assertThat(d.attempts()).isEqualTo(2);
    assertThat(discord.messages()).as("Discord returned the first message").hasSize(1);
    assertThat(discord.requests()).isEqualTo(2);
  }

  @OnH2AndPostgres
  void pastTheNonceWindowAnUnknownOutcomeIsNotRepeated(Database database) throws Exception {
    Fixture f = fixture(database);
    crashAfterPosting(f, true);
    clock.advance(NONCE_WINDOW.plusSeconds(1)); // nobody was around until now
    QuotePoster cannotTell = (channel, quote, nonce) -> discord.post(channel, quote, nonce);

    claimAndDeliver(f, "b", cannotTell);

    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.MISSED);
    assertThat(d.reason()).contains("may have posted").contains("nonce window");
    assertThat(discord.messages()).hasSize(1);
    assertThat(discord.requests()).as("no second request").isEqualTo(1);
  }

  @OnH2AndPostgres
  void pastTheNonceWindowALookupFindsTheEarlierMessage(Database database) throws Exception {
    Fixture f = fixture(database);
    crashAfterPosting(f, true);
    clock.advance(NONCE_WINDOW.plusSeconds(1));
    claimAndDeliver(f, "b", discord);
    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(d.messageId()).isEqualTo(discord.messages().get(0).id());
    assertThat(discord.requests()).isEqualTo(1);
  }

  @OnH2AndPostgres
  void pastTheNonceWindowALookupThatFindsNothingPostsOnce(Database database) throws Exception {
    Fixture f = fixture(database);
    crashAfterPosting(f, false); // died before the request left
    clock.advance(NONCE_WINDOW.plusSeconds(1));
    claimAndDeliver(f, "b", discord);
    assertThat(f.deliveries().find(f.key()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(discord.messages()).hasSize(1);
  }

  @OnH2AndPostgres
  void outagesAreRetriedWithBackoffUntilDiscordRecovers(Database database) throws Exception {
    Fixture f = fixture(database);
    discord.setOutage(true);
    claimAndDeliver(f, "a", discord);
    Delivery afterFirst = f.deliveries().find(f.key()).orElseThrow();
    assertThat(afterFirst.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(afterFirst.reason()).isEqualTo("503 Service Unavailable");
    assertThat(afterFirst.readyAt()).isEqualTo(NINE.plusSeconds(15));

    clock.advance(Duration.ofSeconds(14));
    claimAndDeliver(f, "a", discord);
    assertThat(discord.requests()).as("not before the backoff").isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    claimAndDeliver(f, "a", discord);
    assertThat(f.deliveries().find(f.key()).orElseThrow().readyAt())
        .isEqualTo(NINE.plusSeconds(15 + 30));

    discord.setOutage(false);
    clock.advance(Duration.ofSeconds(30));
    claimAndDeliver(f, "b", discord);
    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(d.attempts()).isEqualTo(3);
    assertThat(discord.messages()).hasSize(1);
  }

  @OnH2AndPostgres
  void retriesStopWithTheLocalDayAsMissed(Database database) throws Exception {
    Fixture f = fixture(database);
    discord.setOutage(true);
    int rounds = 0;
    while (f.deliveries().find(f.key()).orElseThrow().status() == DeliveryStatus.PENDING) {
      claimAndDeliver(f, "a", discord);
      Instant next = f.deliveries().find(f.key()).orElseThrow().readyAt();
      if (next != null) {
        clock.set(next);
      }
      rounds++;
    }
    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.MISSED);
    assertThat(d.reason()).startsWith("retries ended with the local day; last error: 503");
    assertThat(clock.instant()).isBefore(Instant.parse("2025-06-11T00:00:00Z"));
    // Backoff capped at 10 minutes: about 15 h / 10 min attempts, not a storm.
    assertThat(rounds).isBetween(80, 100);
    assertThat(discord.messages()).isEmpty();
  }

  @OnH2AndPostgres
  void permanentFailurePausesTheSubscriptionWithoutRetrying(Database database) throws Exception {
    Fixture f = fixture(database);
    discord.deleteChannel(4242);
    claimAndDeliver(f, "a", discord);
    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(d.reason()).isEqualTo("Unknown Channel (channel deleted)");
    Subscription s = f.subscriptions().find(f.subscription().id()).orElseThrow();
    assertThat(s.paused()).isTrue();
    assertThat(s.pauseReason()).isEqualTo("Unknown Channel (channel deleted)");
    assertThat(removedTriggers).containsExactly(s.id());
    clock.advance(Duration.ofHours(1));
    claimAndDeliver(f, "a", discord);
    assertThat(discord.requests()).isEqualTo(1);
  }

  @OnH2AndPostgres
  void aSubscriptionPausedAfterItsPostBecameDueIsSkipped(Database database) throws Exception {
    Fixture f = fixture(database);
    f.subscriptions().setPaused(4242, true, "paused by @ann", clock.instant());
    claimAndDeliver(f, "a", discord);
    Delivery d = f.deliveries().find(f.key()).orElseThrow();
    assertThat(d.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(d.reason()).isEqualTo("paused: paused by @ann");
    assertThat(discord.requests()).isZero();
  }

  @OnH2AndPostgres
  void aFailingQuoteChooserIsRetriedLater(Database database) throws Exception {
    Fixture f = fixture(database);
    AtomicInteger calls = new AtomicInteger();
    QuoteChooser flaky =
        (channel, date, topic) -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("corpus is empty");
          }
          return "q1";
        };
    Deliverer deliverer =
        new Deliverer(
            f.subscriptions(),
            f.deliveries(),
            flaky,
            discord,
            triggers,
            new RateLimiter(Duration.ofNanos(1), Ticker.SYSTEM),
            settings,
            "a",
            clock);
    deliverer.deliver(f.deliveries().claimReady("a", clock.instant(), settings.lease(), 1).get(0));
    assertThat(f.deliveries().find(f.key()).orElseThrow().reason())
        .isEqualTo("choosing the quote failed: corpus is empty");
    clock.advance(Duration.ofSeconds(15));
    deliverer.deliver(f.deliveries().claimReady("a", clock.instant(), settings.lease(), 1).get(0));
    assertThat(f.deliveries().find(f.key()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
  }
}
