package dev.aphorist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  @Test
  void percentilesAreNearestRankSamples() {
    // 1..100 shuffled: the p-th percentile of 100 samples is the p-th smallest.
    long[] samples = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 101).toArray();
    LatencyStats stats = LatencyStats.of(samples);
    assertThat(stats).isEqualTo(new LatencyStats(100, 50, 90, 99, 100));
  }

  @Test
  void fewSamplesRoundTheRankUp() {
    LatencyStats stats = LatencyStats.of(new long[] {30, 10, 20});
    assertThat(stats.p50()).isEqualTo(20);
    assertThat(stats.p90()).isEqualTo(30);
    assertThat(stats.p99()).isEqualTo(30);
    assertThat(stats.max()).isEqualTo(30);
    assertThat(LatencyStats.of(new long[] {7})).isEqualTo(new LatencyStats(1, 7, 7, 7, 7));
  }

  @Test
  void noSamplesIsEmptyAndTheInputIsLeftAlone() {
    assertThat(LatencyStats.of(new long[0])).isEqualTo(LatencyStats.EMPTY);
    long[] samples = {3, 1, 2};
    LatencyStats.of(samples);
    assertThat(samples).containsExactly(3, 1, 2);
    assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
