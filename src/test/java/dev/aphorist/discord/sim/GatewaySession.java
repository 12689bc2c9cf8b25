package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;

/**
 * One Gateway session (what IDENTIFY starts and RESUME continues). It numbers its dispatches and
 * keeps the recent ones so a resuming client gets what it missed, in order.
 */
final class GatewaySession {
  private static final int REPLAY_CAPACITY = 20_000;

  private final String id;
  private final int shardId;
  private final int shardCount;
  private final Clock clock;
  private final Consumer<GatewayEvent> onDispatch;
  private final Deque<ObjectNode> replay = new ArrayDeque<>();
  private WebSocket connection;
  private int sequence;
  private boolean invalid;
  private int resumes;

  GatewaySession(
      String id, int shardId, int shardCount, Clock clock, Consumer<GatewayEvent> onDispatch) {
    this.id = id;
    this.shardId = shardId;
    this.shardCount = shardCount;
    this.clock = clock;
    this.onDispatch = onDispatch;
  }

  String id() {
    return id;
  }

  int shardId() {
    return shardId;
  }

  int shardCount() {
    return shardCount;
  }

  synchronized boolean isInvalid() {
    return invalid;
  }

  synchronized void invalidate() {
    invalid = true;
    replay.clear();
  }

  synchronized boolean isConnected() {
    return connection != null && connection.isOpen();
  }

  synchronized WebSocket connection() {
    return connection;
  }

  synchronized int resumes() {
    return resumes;
  }

  synchronized int sequence() {
    return sequence;
  }

  synchronized void attach(WebSocket socket) {
    this.connection = socket;
  }

  synchronized void detach(WebSocket socket) {
    if (connection == socket) {
      connection = null;
    }
  }

  /** Numbers and sends (or keeps for a resume) one dispatch; false if the session is dead. */
  synchronized boolean dispatch(String type, JsonNode data) {
    if (invalid) {
      return false;
    }
    ObjectNode frame = Json.object();
    frame.put("op", 0);
    frame.put("t", type);
    frame.put("s", ++sequence);
    frame.set("d", data);
    replay.addLast(frame);
    while (replay.size() > REPLAY_CAPACITY) {
      replay.pollFirst();
    }
    onDispatch.accept(new GatewayEvent(id, shardId, sequence, type, data, clock.instant()));
    GatewayServer.send(connection, frame);
    return true;
  }

  /**
   * Moves the session to a new connection and replays what came after {@code lastSeen}, then
   * RESUMED. False when the session cannot be resumed (invalid, or the gap is no longer kept).
   */
  synchronized boolean resume(WebSocket socket, int lastSeen) {
    if (invalid || lastSeen > sequence) {
      return false;
    }
    ObjectNode oldest = replay.peekFirst();
    if (lastSeen < sequence && (oldest == null || oldest.get("s").asInt() > lastSeen + 1)) {
      return false;
    }
    WebSocket previous = connection;
    connection = socket;
    if (previous != null && previous != socket && previous.isOpen()) {
      previous.close(4000, "Session resumed elsewhere");
    }
    resumes++;
    for (ObjectNode frame : replay) {
      if (frame.get("s").asInt() > lastSeen) {
        GatewayServer.send(socket, frame);
      }
    }
    ObjectNode resumed = Json.object();
    resumed.putArray("_trace").add("simulated-discord");
    dispatch("RESUMED", resumed);
    return true;
  }
}
