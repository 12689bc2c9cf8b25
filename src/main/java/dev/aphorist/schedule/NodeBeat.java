package dev.aphorist.schedule;

import java.time.Instant;

/**
 * A delivering process as the registry last saw it.
 *
 * @param lastSeen its last heartbeat
 * @param state what it wants of the rate limit
 * @param sessionEnded true where the database can tell that the process's session has ended (it was
 *     killed, or lost its connection) although its last beat is recent; false where it cannot tell
 *     or the session is open
 */
public record NodeBeat(
    String instanceId, Instant lastSeen, NodeState state, boolean sessionEnded) {}
