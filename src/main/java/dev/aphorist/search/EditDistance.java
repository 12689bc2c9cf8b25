package dev.aphorist.search;

/**
 * Edit distance where an insertion, deletion, substitution or swap of two neighbouring characters
 * each count as one ("cahce" is one edit from "cache"): the optimal string alignment distance.
 */
final class EditDistance {

  private EditDistance() {}

  /** The distance between {@code a} and {@code b}, or {@code max + 1} as soon as it exceeds max. */
  static int bounded(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] beforePrevious = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char bj = b.charAt(j - 1);
        int cost = ai == bj ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          value = Math.min(value, beforePrevious[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], max + 1);
  }
}
