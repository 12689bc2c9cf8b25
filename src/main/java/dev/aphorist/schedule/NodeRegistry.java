package dev.aphorist.schedule;

import java.time.Instant;
import java.util.List;

/**
 * The processes currently delivering, so that they can split Discord's global rate limit. Each
 * process beats a heartbeat with what it wants of the budget. One that stops beating counts as gone
 * after a timeout; where the database can tell that its session ended (PostgreSQL: a session lock
 * that a killed process's connection releases at once), the others need not wait that long.
 */
public interface NodeRegistry {

  /**
   * Records that {@code instanceId} is alive at {@code now}, in {@code state}.
   *
   * @return false if this process's session was found ended and had to be opened again since its
   *     previous beat: the others may have counted it out meanwhile
   */
  boolean heartbeat(String instanceId, Instant now, NodeState state);

  /** Every process that beat after {@code since}, the caller included once it has beaten. */
  List<NodeBeat> beatSince(Instant since);

  /** Removes {@code instanceId} at a clean shutdown. */
  void leave(String instanceId);
}
