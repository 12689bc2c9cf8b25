package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsEachKindOfEditAsOne() {
    assertThat(EditDistance.bounded("cache", "cache", 2)).isZero();
    assertThat(EditDistance.bounded("cahce", "cache", 2)).isEqualTo(1); // swap
    assertThat(EditDistance.bounded("cach", "cache", 2)).isEqualTo(1); // insertion
    assertThat(EditDistance.bounded("caches", "cache", 2)).isEqualTo(1); // deletion
    assertThat(EditDistance.bounded("cachx", "cache", 2)).isEqualTo(1); // substitution
    assertThat(EditDistance.bounded("cahce", "caches", 2)).isEqualTo(2);
  }

  @Test
  void stopsAtTheBound() {
    assertThat(EditDistance.bounded("invalidation", "cache", 2)).isEqualTo(3);
    assertThat(EditDistance.bounded("abcdef", "ghijkl", 1)).isEqualTo(2);
    assertThat(EditDistance.bounded("", "ab", 1)).isEqualTo(2);
  }
}
