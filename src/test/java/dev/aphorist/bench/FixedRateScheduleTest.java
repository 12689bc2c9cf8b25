package dev.aphorist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FixedRateScheduleTest {

  @Test
  void sendsAreDueAtFixedTimesFromTheStartWithoutDrift() {
    FixedRateSchedule schedule = new FixedRateSchedule(1_000, 3, 9);
    assertThat(schedule.dueAt(0)).isEqualTo(1_000);
    assertThat(schedule.dueAt(1)).isEqualTo(1_000 + 333_333_333L);
    assertThat(schedule.dueAt(3)).isEqualTo(1_000 + 1_000_000_000L);
    assertThat(schedule.end()).isEqualTo(1_000 + 2_666_666_666L);
    assertThatThrownBy(() -> schedule.dueAt(9)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void startingCountsRateTimesSeconds() {
    FixedRateSchedule schedule = FixedRateSchedule.starting(0, 200, 60);
    assertThat(schedule.count()).isEqualTo(12_000);
    assertThat(schedule.dueAt(200) - schedule.dueAt(0)).isEqualTo(1_000_000_000L);
  }

  @Test
  void aLateSendIsNotWaitedFor() {
    FixedRateSchedule past = new FixedRateSchedule(System.nanoTime() - 1_000_000_000L, 1, 1);
    long before = System.nanoTime();
    past.awaitDue(0);
    assertThat(System.nanoTime()).isGreaterThanOrEqualTo(before);
    assertThat(System.nanoTime()).isGreaterThan(past.dueAt(0));
  }

  @Test
  void rejectsANonPositiveRate() {
    assertThatThrownBy(() -> new FixedRateSchedule(0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
