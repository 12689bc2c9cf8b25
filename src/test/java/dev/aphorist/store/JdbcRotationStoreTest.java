package dev.aphorist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.pick.DailyPick;
import dev.aphorist.pick.RotationCycle;
import dev.aphorist.testing.OnH2AndPostgres;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class JdbcRotationStoreTest {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

  @OnH2AndPostgres
  void emptyChannelHasNoCycle(Database database) {
    JdbcRotationStore store = new JdbcRotationStore(database.dataSource(), Clock.systemUTC());
    assertThat(store.currentCycle(5)).isEqualTo(RotationCycle.NONE);
    assertThat(store.find(5, DAY)).isEmpty();
  }

  @OnH2AndPostgres
  void recordsPicksAndReportsTheCurrentCycle(Database database) {
    JdbcRotationStore store = new JdbcRotationStore(database.dataSource(), Clock.systemUTC());
    store.recordIfAbsent(new DailyPick(5, DAY, "a", 1));
    store.recordIfAbsent(new DailyPick(5, DAY.plusDays(1), "b", 1));
    store.recordIfAbsent(new DailyPick(5, DAY.plusDays(2), "c", 2));
    store.recordIfAbsent(new DailyPick(6, DAY, "z", 1));

    RotationCycle cycle = store.currentCycle(5);
    assertThat(cycle.number()).isEqualTo(2);
    assertThat(cycle.shown()).containsExactly("c");
    assertThat(cycle.lastQuoteId()).isEqualTo("c");
    assertThat(store.find(5, DAY.plusDays(1))).contains(new DailyPick(5, DAY.plusDays(1), "b", 1));
    assertThat(store.currentCycle(6).shown()).containsExactly("z");
  }

  @OnH2AndPostgres
  void theFirstPickOfADayIsKept(Database database) {
    JdbcRotationStore store = new JdbcRotationStore(database.dataSource(), Clock.systemUTC());
    DailyPick first = store.recordIfAbsent(new DailyPick(5, DAY, "a", 1));
    DailyPick second = store.recordIfAbsent(new DailyPick(5, DAY, "b", 1));
    assertThat(first.quoteId()).isEqualTo("a");
    assertThat(second).isEqualTo(first);
  }

  @OnH2AndPostgres
  void racingPickersAllGetTheOnePickStored(Database database) throws Exception {
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<DailyPick>> results = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      // Separate store objects, as separate processes would have.
      JdbcRotationStore store = new JdbcRotationStore(database.dataSource(), Clock.systemUTC());
      String quote = "q" + i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                return store.recordIfAbsent(new DailyPick(9, DAY, quote, 1));
              }));
    }
    start.countDown();
    Set<DailyPick> kept = new HashSet<>();
    for (Future<DailyPick> result : results) {
      kept.add(result.get());
    }
    pool.shutdown();
    assertThat(kept).hasSize(1);
    JdbcRotationStore reader = new JdbcRotationStore(database.dataSource(), Clock.systemUTC());
    assertThat(reader.find(9, DAY)).contains(kept.iterator().next());
    assertThat(reader.currentCycle(9).shown()).hasSize(1);
  }
}
