package dev.aphorist.corpus.extract;

/** Order statistics without sorting. */
final class Selection {

  private Selection() {}

  /**
   * The k-th smallest of values[0, n) (Hoare's quickselect, rearranging them): linear time on
   * average.
   */
  static long kthSmallest(long[] values, int n, int k) {
    int low = 0;
    int high = n - 1;
    while (low < high) {
      long pivot = values[(low + high) >>> 1];
      int i = low;
      int j = high;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long swap = values[i];
          values[i++] = values[j];
          values[j--] = swap;
        }
      }
      if (k <= j) {
        high = j;
      } else if (k >= i) {
        low = i;
      } else {
        return values[k];
      }
    }
    return values[k];
  }
}
