package dev.aphorist.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves {@code GET /health} (JSON, 200 when up, 503 when not) and Prometheus {@code GET /metrics}
 * on a local port, for operators and their orchestrators.
 */
public final class HealthServer implements AutoCloseable {

  /** What /health reports: whether the process is fit to serve, and why. */
  public record Status(boolean up, Map<String, Object> details) {}

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService executor;

  private HealthServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts listening; port 0 picks a free port (see {@link #port()}). */
  public static HealthServer start(
      String bind, int port, Telemetry telemetry, Supplier<Status> health) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 16);
    server.createContext("/metrics", new MetricsHandler(telemetry.registry()));
    server.createContext(
        "/health",
        exchange -> {
          try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
              send(exchange, 405, "text/plain", "GET only".getBytes());
              return;
            }
            Status status = health.get();
            byte[] body =
                JSON.writeValueAsBytes(
                    Map.of("status", status.up() ? "UP" : "DOWN", "details", status.details()));
            send(exchange, status.up() ? 200 : 503, "application/json", body);
          }
        });
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, "aphorist-health");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.start();
    return new HealthServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
