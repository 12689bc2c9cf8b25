package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated Gateway: plain ws:// with JSON frames, no compression. HELLO on connect, heartbeat
 * ACKs, IDENTIFY to READY plus a GUILD_CREATE per guild of the shard, RESUME with replay, op 9 and
 * closes on demand.
 */
final class GatewayServer extends WebSocketServer {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

  /** Close codes after which Discord forgets the session. */
  private static final Set<Integer> SESSION_ENDING_CLOSES =
      Set.of(1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014);

  private final SimModel model;
  private final Clock clock;
  private final BooleanSupplier tokenAccepted;
  private final Predicate<String> tokenMatches;
  private final Consumer<GatewayEvent> onDispatch;
  private final Runnable onIdentify;
  private final int heartbeatIntervalMillis;
  private final CountDownLatch started = new CountDownLatch(1);
  private final List<GatewaySession> sessions = new CopyOnWriteArrayList<>();
  private final Set<Integer> shardsIgnoringHeartbeats = ConcurrentHashMap.newKeySet();
  private final AtomicInteger identifies = new AtomicInteger();
  private volatile Exception startFailure;

  GatewayServer(
      SimModel model,
      Clock clock,
      int heartbeatIntervalMillis,
      BooleanSupplier tokenAccepted,
      Predicate<String> tokenMatches,
      Consumer<GatewayEvent> onDispatch,
      Runnable onIdentify) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.model = model;
    this.clock = clock;
    this.heartbeatIntervalMillis = heartbeatIntervalMillis;
    this.tokenAccepted = tokenAccepted;
    this.tokenMatches = tokenMatches;
    this.onDispatch = onDispatch;
    this.onIdentify = onIdentify;
    setReuseAddr(true);
    // Without it Nagle's algorithm meets the client's delayed ACKs: ~40 ms per dispatch.
    setTcpNoDelay(true);
    setConnectionLostTimeout(0); // Discord relies on op 1/op 11 heartbeats, not WebSocket pings
    setDaemon(true);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS) || startFailure != null) {
      throw new IllegalStateException("the simulated Gateway did not start", startFailure);
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort();
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  /** Per connection: its session once identified or resumed, and its compression, if any. */
  static final class Connection {
    final GatewayCompression compression;
    volatile GatewaySession session;

    Connection(GatewayCompression compression) {
      this.compression = compression;
    }
  }

  private static GatewaySession sessionOf(WebSocket socket) {
    Connection connection = socket.getAttachment();
    return connection == null ? null : connection.session;
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    String resource = handshake.getResourceDescriptor();
    boolean zlib = resource != null && resource.contains("compress=zlib-stream");
    socket.setAttachment(new Connection(zlib ? new GatewayCompression() : null));
    ObjectNode hello = Json.object();
    hello.put("op", 10);
    hello.putNull("s");
    hello.putNull("t");
    ObjectNode data = hello.putObject("d");
    data.put("heartbeat_interval", heartbeatIntervalMillis);
    data.putArray("_trace").add("simulated-discord");
    send(socket, hello);
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    JsonNode frame = Json.parseOrNull(message);
    if (frame == null || !frame.has("op")) {
      socket.close(4002, "Decode error");
      return;
    }
    int op = frame.get("op").asInt();
    JsonNode data = frame.get("d");
    switch (op) {
      case 1 -> heartbeat(socket);
      case 2 -> identify(socket, data);
      case 6 -> resume(socket, data);
      case 8 -> requestMembers(socket, data);
      case 3, 4 -> {
        // presence and voice state updates change nothing a text bot can observe
      }
      default -> socket.close(4001, "Unknown opcode");
    }
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    Connection connection = socket.getAttachment();
    if (connection != null && connection.compression != null) {
      synchronized (connection) {
        connection.compression.end();
      }
    }
    GatewaySession session = sessionOf(socket);
    if (session == null) {
      return;
    }
    session.detach(socket);
    if (remote && (code == 1000 || code == 1001)) {
      // A client that closes normally ends its session (JDA does so on shutdown).
      session.invalidate();
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    if (socket == null) {
      startFailure = e;
      started.countDown();
    } else {
      LOG.debug("Gateway connection error", e);
    }
  }

  private void heartbeat(WebSocket socket) {
    GatewaySession session = sessionOf(socket);
    if (session != null && shardsIgnoringHeartbeats.contains(session.shardId())) {
      return;
    }
    ObjectNode ack = Json.object();
    ack.put("op", 11);
    send(socket, ack);
  }

  private void identify(WebSocket socket, JsonNode data) {
    if (sessionOf(socket) != null) {
      socket.close(4005, "Already authenticated");
      return;
    }
    String token = Json.text(data, "token");
    if (token == null || !tokenMatches.test(token) || !tokenAccepted.getAsBoolean()) {
      socket.close(4004, "Authentication failed");
      return;
    }
    int shardId = 0;
    int shardCount = 1;
    JsonNode shard = data.get("shard");
    if (shard != null && shard.isArray() && shard.size() == 2) {
      shardId = shard.get(0).asInt();
      shardCount = shard.get(1).asInt();
    }
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      socket.close(4010, "Invalid shard");
      return;
    }
    identifies.incrementAndGet();
    onIdentify.run();
    GatewaySession session =
        new GatewaySession(
            UUID.randomUUID().toString().replace("-", ""), shardId, shardCount, clock, onDispatch);
    ((Connection) socket.getAttachment()).session = session;
    session.attach(socket);
    sessions.add(session);

    List<Long> guildIds = model.guildIdsOnShard(shardId, shardCount);
    ObjectNode ready = Json.object();
    ready.put("v", 10);
    ready.set("user", model.userJson(model.botUser().id()));
    ArrayNode guilds = ready.putArray("guilds");
    guildIds.forEach(id -> guilds.addObject().put("id", Json.id(id)).put("unavailable", true));
    ready.put("session_id", session.id());
    ready.put("session_type", "normal");
    ready.put("resume_gateway_url", url());
    ready.putArray("shard").add(shardId).add(shardCount);
    ObjectNode application = ready.putObject("application");
    application.put("id", Json.id(model.applicationId()));
    application.put("flags", 0);
    ready.putArray("private_channels");
    ready.putArray("relationships");
    ready.putArray("presences");
    ready.putArray("guild_join_requests");
    ready.putArray("geo_ordered_rtc_regions");
    ready.putObject("user_settings");
    ready.putArray("_trace").add("simulated-discord");
    session.dispatch("READY", ready);
    for (long guildId : guildIds) {
      if (model.guildAvailable(guildId)) {
        session.dispatch("GUILD_CREATE", model.guildCreateJson(guildId));
      }
    }
  }

  private void resume(WebSocket socket, JsonNode data) {
    String sessionId = Json.text(data, "session_id");
    String token = Json.text(data, "token");
    int seq = data == null ? 0 : data.path("seq").asInt(0);
    GatewaySession session =
        sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst().orElse(null);
    boolean tokenOk = token != null && tokenMatches.test(token) && tokenAccepted.getAsBoolean();
    if (!tokenOk) {
      socket.close(4004, "Authentication failed");
      return;
    }
    if (session == null || !session.resume(socket, seq)) {
      sendInvalidSession(socket, false);
      return;
    }
    ((Connection) socket.getAttachment()).session = session;
  }

  private void requestMembers(WebSocket socket, JsonNode data) {
    GatewaySession session = sessionOf(socket);
    long guildId = Json.snowflake(data, "guild_id");
    if (session == null || !model.guildAvailable(guildId)) {
      return;
    }
    ObjectNode chunk = Json.object();
    chunk.put("guild_id", Json.id(guildId));
    chunk.set("members", model.guildCreateJson(guildId).get("members"));
    chunk.put("chunk_index", 0);
    chunk.put("chunk_count", 1);
    chunk.putArray("not_found");
    if (data.hasNonNull("nonce")) {
      chunk.put("nonce", data.get("nonce").asText());
    }
    session.dispatch("GUILD_MEMBERS_CHUNK", chunk);
  }

  private static void sendInvalidSession(WebSocket socket, boolean resumable) {
    ObjectNode frame = Json.object();
    frame.put("op", 9);
    frame.put("d", resumable);
    send(socket, frame);
  }

  /** Sends unless the connection is gone meanwhile (the client may close at any moment). */
  static void send(WebSocket socket, JsonNode frame) {
    if (socket == null || !socket.isOpen()) {
      return;
    }
    Connection connection = socket.getAttachment();
    try {
      if (connection != null && connection.compression != null) {
        // One zlib stream per connection: compress and send in the same order.
        synchronized (connection) {
          byte[] compressed = connection.compression.compress(Json.write(frame));
          if (compressed != null) {
            socket.send(compressed);
          }
        }
      } else {
        socket.send(Json.write(frame));
      }
    } catch (WebsocketNotConnectedException e) {
      LOG.debug("Gateway frame not sent: the connection closed meanwhile");
    }
  }

  // ---- control from the simulator ----

  /** Sessions of the shard that owns the guild (DMs belong to shard 0). */
  List<GatewaySession> sessionsForGuild(long guildId) {
    List<GatewaySession> matching = new ArrayList<>();
    for (GatewaySession session : sessions) {
      if (session.isInvalid()) {
        continue;
      }
      int shard = guildId == 0 ? 0 : Snowflakes.shardOf(guildId, session.shardCount());
      if (shard == session.shardId()) {
        matching.add(session);
      }
    }
    return matching;
  }

  /** Dispatches to every live session of the guild's shard; returns how many took it. */
  int dispatchForGuild(long guildId, String type, JsonNode data) {
    int reached = 0;
    for (GatewaySession session : sessionsForGuild(guildId)) {
      if (session.dispatch(type, data.deepCopy())) {
        reached++;
      }
    }
    return reached;
  }

  /** Closes the connections of a shard with the code; returns how many were closed. */
  int closeShard(int shardId, int code, String reason) {
    int closed = 0;
    for (GatewaySession session : sessions) {
      WebSocket socket = session.connection();
      if (session.shardId() != shardId || socket == null || !socket.isOpen()) {
        continue;
      }
      if (SESSION_ENDING_CLOSES.contains(code)) {
        session.invalidate();
      }
      if (code == 1005 || code == 1006 || code == 1015) {
        socket.closeConnection(code, reason); // these codes never travel in a close frame
      } else {
        socket.close(code, reason);
      }
      closed++;
    }
    return closed;
  }

  /** Sends op 9 on the shard's connections; not resumable also ends the sessions. */
  int invalidateShard(int shardId, boolean resumable) {
    int sent = 0;
    for (GatewaySession session : sessions) {
      WebSocket socket = session.connection();
      if (session.shardId() != shardId || socket == null || !socket.isOpen()) {
        continue;
      }
      if (!resumable) {
        session.invalidate();
      }
      sendInvalidSession(socket, resumable);
      sent++;
    }
    return sent;
  }

  void ignoreHeartbeats(int shardId, boolean ignore) {
    if (ignore) {
      shardsIgnoringHeartbeats.add(shardId);
    } else {
      shardsIgnoringHeartbeats.remove(shardId);
    }
  }

  List<GatewaySession> sessions() {
    return List.copyOf(sessions);
  }

  int identifies() {
    return identifies.get();
  }

  void shutdown() throws InterruptedException {
    stop(1000);
  }
}
