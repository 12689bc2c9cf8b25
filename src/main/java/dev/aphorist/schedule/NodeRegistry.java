package dev.aphorist.schedule;

import java.time.Instant;

/**
 * The processes currently delivering, so that they can split Discord's global rate limit. Liveness
 * is a heartbeat; a process that stops beating counts as gone after a timeout.
 */
public interface NodeRegistry {

  /** Records that {@code instanceId} is alive at {@code now}. */
  void heartbeat(String instanceId, Instant now);

  /** How many processes beat after {@code since} (the caller included, once it has beaten). */
  int liveSince(Instant since);

  /** Removes {@code instanceId} at a clean shutdown. */
  void leave(String instanceId);
}
