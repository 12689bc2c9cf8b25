package dev.aphorist.schedule;

/** What a delivering process wants of the shared rate limit, as it tells the others. */
public enum NodeState {
  /** Has posts to make, or may have them any moment: counts for an even share. */
  ACTIVE,
  /**
   * Has posts to make and uses the shares of idle processes too. A process announces this before it
   * looks at the others and speeds up; one that stops being idle and sees it waits until the
   * booster has seen it in turn (see {@link RateShare}).
   */
  BOOSTED,
  /** Has nothing to post and nothing in flight: its share is free for the others. */
  IDLE
}
