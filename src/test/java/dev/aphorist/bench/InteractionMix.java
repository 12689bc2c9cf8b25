package dev.aphorist.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What members do, in proportion: the share of each kind of interaction the load generator sends.
 * Lookups and typing (autocomplete) dominate; presses on the buttons of earlier answers follow.
 */
final class InteractionMix {

  /** The kinds of interaction the benchmark sends. */
  enum Kind {
    /** /quote today */
    TODAY,
    /** /quote random, sometimes with a topic or an author */
    RANDOM,
    /** /quote search query:..., sometimes with an author or a topic */
    SEARCH,
    /** /quote show id:... */
    SHOW,
    /** typing in an option with suggestions: query, author, topic or id */
    AUTOCOMPLETE,
    /** a press on a button of an earlier answer: another one, next page, more like this, post */
    BUTTON
  }

  static final InteractionMix REALISTIC =
      new InteractionMix(
          Map.of(
              Kind.TODAY, 15,
              Kind.RANDOM, 15,
              Kind.SEARCH, 20,
              Kind.SHOW, 10,
              Kind.AUTOCOMPLETE, 25,
              Kind.BUTTON, 15));

  private final Kind[] kinds;
  private final int[] cumulative;
  private final int total;
  private final Map<Kind, Integer> weights;

  InteractionMix(Map<Kind, Integer> weights) {
    this.weights = new EnumMap<>(weights);
    this.kinds = this.weights.keySet().toArray(Kind[]::new);
    this.cumulative = new int[kinds.length];
    int sum = 0;
    for (int i = 0; i < kinds.length; i++) {
      int weight = this.weights.get(kinds[i]);
      if (weight < 0) {
        throw new IllegalArgumentException("negative weight for " + kinds[i]);
      }
      sum += weight;
      cumulative[i] = sum;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("the mix has no weight");
    }
    this.total = sum;
  }

  Kind pick(SplittableRandom random) {
    int draw = random.nextInt(total);
    for (int i = 0; i < kinds.length; i++) {
      if (draw < cumulative[i]) {
        return kinds[i];
      }
    }
    throw new AssertionError("draw beyond the total weight");
  }

  /** The share of a kind, in percent. */
  double percent(Kind kind) {
    return 100.0 * weights.getOrDefault(kind, 0) / total;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Kind kind : kinds) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(kind.name().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(Math.round(percent(kind)))
          .append('%');
    }
    return out.toString();
  }
}
