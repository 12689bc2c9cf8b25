package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementCountsTest {

  @Test
  void readsEveryWayASiteWritesACount() {
    assertThat(EngagementCounts.parse("797")).isEqualTo(797);
    assertThat(EngagementCounts.parse("12,682")).isEqualTo(12_682);
    assertThat(EngagementCounts.parse("131,485")).isEqualTo(131_485);
    assertThat(EngagementCounts.parse("1.2K")).isEqualTo(1_200);
    assertThat(EngagementCounts.parse("12K")).isEqualTo(12_000);
    assertThat(EngagementCounts.parse("1M")).isEqualTo(1_000_000);
    assertThat(EngagementCounts.parse("2.5M")).isEqualTo(2_500_000);
    assertThat(EngagementCounts.parse(" 44 ")).isEqualTo(44);
  }

  @Test
  void textIsNotACount() {
    assertThat(EngagementCounts.parse("1/")).isNegative();
    assertThat(EngagementCounts.parse("12,68")).isNegative();
    assertThat(EngagementCounts.parse("1,2345")).isNegative();
    assertThat(EngagementCounts.parse("K")).isNegative();
    assertThat(EngagementCounts.parse("9am")).isNegative();
    assertThat(EngagementCounts.parse("More PNW eye candy.")).isNegative();
    assertThat(EngagementCounts.parse("")).isNegative();
  }

  @Test
  void fourCountsAreRepliesRepostsLikesViews() {
    assertThat(EngagementCounts.toMetrics(List.of(8L, 21L, 172L, 52_265L)))
        .isEqualTo(new Metrics(8L, 21L, 172L, 52_265L));
  }

  @Test
  void fewerCountsAreRightAlignedOnLikesAndAFarHigherLastCountIsViews() {
    assertThat(EngagementCounts.toMetrics(List.of(22L, 74L, 591L)))
        .isEqualTo(new Metrics(22L, 74L, 591L, null));
    assertThat(EngagementCounts.toMetrics(List.of(11L, 91L, 6_142L)))
        .isEqualTo(new Metrics(null, 11L, 91L, 6_142L));
    assertThat(EngagementCounts.toMetrics(List.of(4L, 1L, 49L)))
        .as("a small last count is likes, however small the others")
        .isEqualTo(new Metrics(4L, 1L, 49L, null));
    assertThat(EngagementCounts.toMetrics(List.of(2L, 86L)))
        .isEqualTo(new Metrics(null, 2L, 86L, null));
    assertThat(EngagementCounts.toMetrics(List.of())).isNull();
  }
}
