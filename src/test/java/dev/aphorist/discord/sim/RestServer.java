package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the simulated Discord on 127.0.0.1: everything under /api/v10/. Each request
 * passes injected faults, the token check and the global rate limit before its endpoint, has its
 * body checked against Discord's schemas, and is recorded with the status it got.
 */
final class RestServer {
  private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
  private static final String PREFIX = "/api/v10/";

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, the body then
    // waits for the client's delayed ACK (~40 ms). The property is read once, when the JDK's
    // server configuration loads, so it must be set before the first HttpServer is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final RestApi api;
  private final SimConfig config;
  private final Faults faults;
  private final Recorder recorder;
  private final DiscordSchemas schemas;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();

  RestServer(
      RestApi api, SimConfig config, Faults faults, Recorder recorder, DiscordSchemas schemas)
      throws IOException {
    this.api = api;
    this.config = config;
    this.faults = faults;
    this.recorder = recorder;
    this.schemas = schemas;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "discord-sim-rest-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Instant at = config.clock.instant();
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String rawPath = exchange.getRequestURI().getRawPath();
      Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
      String body = readBody(exchange.getRequestBody());
      JsonNode json = Json.parseOrNull(body);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));

      String path = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : null;
      if (path != null && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      RestRoute.Match match =
          path == null
              ? new RestRoute.Match(RestRoute.UNKNOWN, new String[0])
              : RestRoute.resolve(method, path);
      if (match.route() == RestRoute.UNKNOWN && reportedUnknown.add(method + " " + rawPath)) {
        LOG.warn("The simulated Discord does not implement {} {}: answering 404", method, rawPath);
      }
      String shownPath = path == null ? rawPath : path;
      if (schemas != null && json != null) {
        List<SchemaViolation> violations = schemas.validate(method, shownPath, match.route(), json);
        if (!violations.isEmpty()) {
          violations.forEach(v -> LOG.warn("Discord schema violation: {}", v));
          recorder.violations(violations);
        }
      }

      Reply reply =
          process(
              new RestApi.Call(match, query, json, body),
              headers.getOrDefault("authorization", List.of()));
      // Recorded before the answer leaves: a client that saw the answer finds the record.
      if (config.recordRequests) {
        recorder.request(
            new RecordedRequest(
                recorder.nextSequence(),
                at,
                method,
                shownPath,
                match.route(),
                Map.copyOf(query),
                Map.copyOf(headers),
                body,
                json,
                reply.status(),
                reply.status() == 204 ? null : reply.body()));
      }
      write(exchange, reply);
    } catch (Exception e) {
      LOG.error("The simulated Discord failed on a request", e);
    }
  }

  private Reply process(RestApi.Call call, List<String> authorization) {
    RestRoute route = call.route();
    Optional<Fault> fault = faults.take(route);
    if (fault.isPresent()) {
      Fault f = fault.get();
      switch (f.kind()) {
        case DELAY -> sleep(f.delay().toMillis());
        case RATE_LIMITED, CLOUDFLARE_RATE_LIMITED -> {
          recorder.countRateLimited(false);
          return tooManyRequests(
              route,
              f.retryAfterSeconds(),
              f.retryAfterSeconds(),
              f.global(),
              f.kind() == Fault.Kind.RATE_LIMITED);
        }
        case ERROR_STATUS -> {
          return statusReply(f.status());
        }
        case LOST_RESPONSE -> {
          // handled after the endpoint ran
        }
      }
    }
    String token = authorization.isEmpty() ? "" : authorization.get(0);
    if (!route.isInteractionRoute()) {
      if (config.tokenRejected || !token.equals("Bot " + config.token)) {
        return Reply.error(DiscordError.unauthorized());
      }
      GlobalRateLimiter limiter = config.globalLimiter;
      if (limiter != null) {
        OptionalLong wait = limiter.tryAcquire(token, System.nanoTime());
        if (wait.isPresent()) {
          recorder.countRateLimited(true);
          double seconds = wait.getAsLong() / 1e9;
          return tooManyRequests(route, seconds, (int) Math.max(1, Math.ceil(seconds)), true, true);
        }
      }
    }
    Reply reply = api.handle(call);
    if (fault.isPresent() && fault.get().kind() == Fault.Kind.LOST_RESPONSE) {
      return statusReply(fault.get().status());
    }
    return reply;
  }

  /** Discord's 429: an integer Retry-After, Via (else JDA assumes Cloudflare) and the buckets. */
  private static Reply tooManyRequests(
      RestRoute route, double retryAfter, int retryAfterHeader, boolean global, boolean via) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Retry-After", Integer.toString(retryAfterHeader));
    if (via) {
      headers.put("Via", "1.1 google");
    }
    if (global) {
      headers.put("X-RateLimit-Global", "true");
      headers.put("X-RateLimit-Scope", "global");
    } else {
      headers.put("X-RateLimit-Scope", "user");
      headers.put("X-RateLimit-Bucket", "sim-" + route.name().toLowerCase(Locale.ROOT));
      headers.put("X-RateLimit-Limit", "5");
      headers.put("X-RateLimit-Remaining", "0");
      headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", retryAfter));
    }
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
    body.put("message", "You are being rate limited.");
    body.put("retry_after", retryAfter);
    body.put("global", global);
    if (global) {
      body.put("code", 0);
    }
    return new Reply(429, body, headers);
  }

  private static Reply statusReply(int status) {
    String reason =
        switch (status) {
          case 500 -> "Internal Server Error";
          case 502 -> "Bad Gateway";
          case 503 -> "Service Unavailable";
          case 504 -> "Gateway Timeout";
          default -> "Error";
        };
    return Reply.error(DiscordError.of(status, 0, status + ": " + reason));
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (reply.body() == null || reply.status() == 204) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] bytes = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String readBody(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
