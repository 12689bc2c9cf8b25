package dev.aphorist.pick;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link RotationStore} contract. Every implementation's test extends this class and says how
 * to make an empty store; the database store (store package) can reuse it unchanged.
 */
public abstract class RotationStoreContractTest {

  protected static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  /** A new, empty store. */
  protected abstract RotationStore newStore();

  private RotationStore store;

  @BeforeEach
  void emptyStore() {
    store = newStore();
  }

  @Test
  void theCycleCountsEveryPickOfItsNumber() {
    for (int day = 0; day < 5; day++) {
      store.recordIfAbsent(new DailyPick(3, DAY.plusDays(day), "quote0000" + day, 1));
    }

    RotationCycle cycle = store.currentCycle(3);

    assertThat(cycle.number()).isEqualTo(1);
    assertThat(cycle.shown()).hasSize(5).contains("quote00000", "quote00004");
    assertThat(cycle.lastQuoteId()).isEqualTo("quote00004");
  }

  @Test
  void anUnknownChannelHasNoPicksAndNoCycle() {
    assertThat(store.find(1, DAY)).isEmpty();
    assertThat(store.currentCycle(1)).isEqualTo(RotationCycle.NONE);
  }

  @Test
  void theFirstPickOfADayIsKept() {
    DailyPick first = store.recordIfAbsent(new DailyPick(1, DAY, "aaaaaaaaaa", 1));
    DailyPick second = store.recordIfAbsent(new DailyPick(1, DAY, "bbbbbbbbbb", 1));

    assertThat(second).isEqualTo(first);
    assertThat(store.find(1, DAY)).contains(first);
    assertThat(store.currentCycle(1).shown()).containsExactly("aaaaaaaaaa");
  }

  @Test
  void theCycleHoldsOnlyItsOwnPicksAndTheLastPickIsTheLatestDate() {
    store.recordIfAbsent(new DailyPick(1, DAY, "aaaaaaaaaa", 1));
    store.recordIfAbsent(new DailyPick(1, DAY.plusDays(1), "bbbbbbbbbb", 1));
    store.recordIfAbsent(new DailyPick(1, DAY.plusDays(2), "cccccccccc", 2));
    store.recordIfAbsent(new DailyPick(1, DAY.minusDays(5), "dddddddddd", 1));

    RotationCycle cycle = store.currentCycle(1);

    assertThat(cycle.number()).isEqualTo(2);
    assertThat(cycle.shown()).containsExactly("cccccccccc");
    assertThat(cycle.lastQuoteId()).isEqualTo("cccccccccc");
  }

  @Test
  void channelsAreIndependent() {
    store.recordIfAbsent(new DailyPick(1, DAY, "aaaaaaaaaa", 1));

    assertThat(store.find(2, DAY)).isEmpty();
    assertThat(store.currentCycle(2)).isEqualTo(RotationCycle.NONE);
  }

  @Test
  void racingWritersAllGetTheSinglePickKept() throws Exception {
    int writers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<DailyPick>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String id = String.format("quote%05d", i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return store.recordIfAbsent(new DailyPick(7, DAY, id, 1));
                }));
      }
      start.countDown();
      Set<DailyPick> kept = new HashSet<>();
      for (Future<DailyPick> result : results) {
        kept.add(result.get());
      }

      assertThat(kept).hasSize(1);
      assertThat(store.currentCycle(7).shown()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
