package dev.aphorist.pick;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryRotationStoreTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private final InMemoryRotationStore store = new InMemoryRotationStore();

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
    store.recordIfAbsent(new DailyPick(1, DAY, "a", 1));
    store.recordIfAbsent(new DailyPick(1, DAY.plusDays(1), "b", 1));
    store.recordIfAbsent(new DailyPick(1, DAY.plusDays(2), "c", 2));
    store.recordIfAbsent(new DailyPick(1, DAY.minusDays(5), "old", 1));

    RotationCycle cycle = store.currentCycle(1);

    assertThat(cycle.number()).isEqualTo(2);
    assertThat(cycle.shown()).containsExactly("c");
    assertThat(cycle.lastQuoteId()).isEqualTo("c");
  }

  @Test
  void channelsAreIndependent() {
    store.recordIfAbsent(new DailyPick(1, DAY, "a", 1));

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
        String id = "quote" + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return store.recordIfAbsent(new DailyPick(7, DAY, id, 1));
                }));
      }
      start.countDown();
      Set<DailyPick> kept = new java.util.HashSet<>();
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
