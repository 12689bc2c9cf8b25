package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {

  @Test
  void findsWhatSortingFinds() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(200);
      // Few distinct values too: engagement counts repeat a lot.
      int spread = random.nextBoolean() ? 5 : 1_000_000;
      long[] values = new long[n + 3];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(spread);
      }
      long[] sorted = Arrays.copyOf(values, n);
      Arrays.sort(sorted);
      int k = random.nextInt(n);

      assertThat(Selection.kthSmallest(values, n, k)).as("n=%d k=%d", n, k).isEqualTo(sorted[k]);
    }
  }

  @Test
  void selectingTwiceFromTheSameArrayWorks() {
    long[] values = {9, 1, 8, 2, 7, 3, 6, 4};
    assertThat(Selection.kthSmallest(values, 8, 4)).isEqualTo(6);
    assertThat(Selection.kthSmallest(values, 8, 3)).isEqualTo(4);
  }
}
