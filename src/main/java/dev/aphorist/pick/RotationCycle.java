package dev.aphorist.pick;

import java.util.Set;

/**
 * The state of a channel's current rotation cycle.
 *
 * @param number the cycle number, 0 when the channel has never had a pick
 * @param shown ids of the quotes picked in this cycle
 * @param lastQuoteId the most recent pick of the channel (any cycle), or null
 */
public record RotationCycle(int number, Set<String> shown, String lastQuoteId) {

  public static final RotationCycle NONE = new RotationCycle(0, Set.of(), null);

  public RotationCycle {
    shown = Set.copyOf(shown);
  }
}
