package dev.aphorist.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process's delivery loop: claims ready deliveries oldest first, as many as it has free delivery
 * threads, and hands each to a thread that waits for a rate-limit permit and posts. Claiming only
 * what can start at once keeps leases short and leaves the rest to other processes; oldest-first
 * claiming and a first-come-first-served limiter mean no channel waits behind later ones.
 */
final class DeliveryDispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

  private final DeliveryStore deliveries;
  private final Deliverer deliverer;
  private final RateShare rateShare;
  private final String instanceId;
  private final Duration lease;
  private final ShardScope shards;
  private final Duration idlePoll;
  private final Clock clock;
  private final int threads;
  private final Semaphore freeThreads;
  private final ExecutorService workers;
  private final Thread loop;
  private final Object wakeUp = new Object();
  private boolean wakeRequested;
  private volatile boolean running = true;

  DeliveryDispatcher(
      DeliveryStore deliveries,
      Deliverer deliverer,
      RateShare rateShare,
      String instanceId,
      ScheduleSettings settings,
      Clock clock) {
    this.deliveries = deliveries;
    this.deliverer = deliverer;
    this.rateShare = rateShare;
    this.instanceId = instanceId;
    this.lease = settings.lease();
    this.shards = settings.shards();
    this.idlePoll = settings.idlePoll();
    this.clock = clock;
    this.threads = settings.deliveryThreads();
    this.freeThreads = new Semaphore(threads);
    AtomicInteger counter = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "qotd-deliver-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.loop = new Thread(this::run, "qotd-dispatch");
    this.loop.setDaemon(true);
  }

  void start() {
    loop.start();
  }

  /** Something became due: look now rather than at the next poll. */
  void wakeUp() {
    synchronized (wakeUp) {
      wakeRequested = true;
      wakeUp.notifyAll();
    }
  }

  private void run() {
    while (running) {
      try {
        freeThreads.acquire();
        int free = 1 + freeThreads.drainPermits();
        List<Delivery> claimed;
        try {
          claimed = deliveries.claimReady(instanceId, clock.instant(), lease, free, shards);
        } catch (RuntimeException e) {
          freeThreads.release(free);
          log.warn("claiming deliveries failed, retrying: {}", e.getMessage());
          sleepUntilWoken(idlePoll.multipliedBy(4));
          continue;
        }
        freeThreads.release(free - claimed.size());
        if (claimed.isEmpty()) {
          if (freeThreads.availablePermits() == threads) {
            rateShare.workDone(); // nothing ready, nothing in flight: the others may use our share
          }
          sleepUntilWoken(idlePoll);
          continue;
        }
        rateShare.workArrived();
        for (Delivery delivery : claimed) {
          workers.execute(() -> deliverAndRelease(delivery));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void deliverAndRelease(Delivery delivery) {
    try {
      deliverer.deliver(delivery);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The lease runs out and the delivery is taken over: nothing is lost.
      log.warn("delivery {} failed: {}", delivery.key(), e.toString());
    } finally {
      freeThreads.release();
    }
  }

  private void sleepUntilWoken(Duration timeout) throws InterruptedException {
    synchronized (wakeUp) {
      if (!wakeRequested && running) {
        wakeUp.wait(Math.max(1, timeout.toMillis()));
      }
      wakeRequested = false;
    }
  }

  /** Stops claiming and waits (up to {@code timeout}) for requests in flight to finish. */
  void stop(Duration timeout) {
    running = false;
    wakeUp();
    loop.interrupt();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
      loop.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(10));
  }
}
